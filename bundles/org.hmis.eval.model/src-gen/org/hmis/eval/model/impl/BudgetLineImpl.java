/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hmis.eval.model.BudgetLine;
import org.hmis.eval.model.BudgetSheet;
import org.hmis.eval.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Budget Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.BudgetLineImpl#getSheet <em>Sheet</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.BudgetLineImpl#getLine <em>Line</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.BudgetLineImpl#getQuarter <em>Quarter</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.BudgetLineImpl#getBudgeted <em>Budgeted</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.BudgetLineImpl#getActual <em>Actual</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BudgetLineImpl extends MinimalEObjectImpl.Container implements BudgetLine {
	/**
	 * The default value of the '{@link #getSheet() <em>Sheet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSheet()
	 * @generated
	 * @ordered
	 */
	protected static final BudgetSheet SHEET_EDEFAULT = BudgetSheet.BUDGET;

	/**
	 * The cached value of the '{@link #getSheet() <em>Sheet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSheet()
	 * @generated
	 * @ordered
	 */
	protected BudgetSheet sheet = SHEET_EDEFAULT;

	/**
	 * The default value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected static final String LINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected String line = LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuarter() <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuarter()
	 * @generated
	 * @ordered
	 */
	protected static final int QUARTER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQuarter() <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuarter()
	 * @generated
	 * @ordered
	 */
	protected int quarter = QUARTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgeted() <em>Budgeted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgeted()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGETED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudgeted() <em>Budgeted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgeted()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budgeted = BUDGETED_EDEFAULT;

	/**
	 * The default value of the '{@link #getActual() <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActual()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ACTUAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActual() <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActual()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal actual = ACTUAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BudgetLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.BUDGET_LINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetSheet getSheet() {
		return sheet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSheet(BudgetSheet newSheet) {
		BudgetSheet oldSheet = sheet;
		sheet = newSheet == null ? SHEET_EDEFAULT : newSheet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BUDGET_LINE__SHEET, oldSheet, sheet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(String newLine) {
		String oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BUDGET_LINE__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQuarter() {
		return quarter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuarter(int newQuarter) {
		int oldQuarter = quarter;
		quarter = newQuarter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BUDGET_LINE__QUARTER, oldQuarter, quarter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudgeted() {
		return budgeted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgeted(BigDecimal newBudgeted) {
		BigDecimal oldBudgeted = budgeted;
		budgeted = newBudgeted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BUDGET_LINE__BUDGETED, oldBudgeted, budgeted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getActual() {
		return actual;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActual(BigDecimal newActual) {
		BigDecimal oldActual = actual;
		actual = newActual;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BUDGET_LINE__ACTUAL, oldActual, actual));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.BUDGET_LINE__SHEET:
				return getSheet();
			case ModelPackage.BUDGET_LINE__LINE:
				return getLine();
			case ModelPackage.BUDGET_LINE__QUARTER:
				return getQuarter();
			case ModelPackage.BUDGET_LINE__BUDGETED:
				return getBudgeted();
			case ModelPackage.BUDGET_LINE__ACTUAL:
				return getActual();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.BUDGET_LINE__SHEET:
				setSheet((BudgetSheet)newValue);
				return;
			case ModelPackage.BUDGET_LINE__LINE:
				setLine((String)newValue);
				return;
			case ModelPackage.BUDGET_LINE__QUARTER:
				setQuarter((Integer)newValue);
				return;
			case ModelPackage.BUDGET_LINE__BUDGETED:
				setBudgeted((BigDecimal)newValue);
				return;
			case ModelPackage.BUDGET_LINE__ACTUAL:
				setActual((BigDecimal)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.BUDGET_LINE__SHEET:
				setSheet(SHEET_EDEFAULT);
				return;
			case ModelPackage.BUDGET_LINE__LINE:
				setLine(LINE_EDEFAULT);
				return;
			case ModelPackage.BUDGET_LINE__QUARTER:
				setQuarter(QUARTER_EDEFAULT);
				return;
			case ModelPackage.BUDGET_LINE__BUDGETED:
				setBudgeted(BUDGETED_EDEFAULT);
				return;
			case ModelPackage.BUDGET_LINE__ACTUAL:
				setActual(ACTUAL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.BUDGET_LINE__SHEET:
				return sheet != SHEET_EDEFAULT;
			case ModelPackage.BUDGET_LINE__LINE:
				return LINE_EDEFAULT == null ? line != null : !LINE_EDEFAULT.equals(line);
			case ModelPackage.BUDGET_LINE__QUARTER:
				return quarter != QUARTER_EDEFAULT;
			case ModelPackage.BUDGET_LINE__BUDGETED:
				return BUDGETED_EDEFAULT == null ? budgeted != null : !BUDGETED_EDEFAULT.equals(budgeted);
			case ModelPackage.BUDGET_LINE__ACTUAL:
				return ACTUAL_EDEFAULT == null ? actual != null : !ACTUAL_EDEFAULT.equals(actual);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (sheet: "); //$NON-NLS-1$
		result.append(sheet);
		result.append(", line: "); //$NON-NLS-1$
		result.append(line);
		result.append(", quarter: "); //$NON-NLS-1$
		result.append(quarter);
		result.append(", budgeted: "); //$NON-NLS-1$
		result.append(budgeted);
		result.append(", actual: "); //$NON-NLS-1$
		result.append(actual);
		result.append(')');
		return result.toString();
	}

} //BudgetLineImpl
