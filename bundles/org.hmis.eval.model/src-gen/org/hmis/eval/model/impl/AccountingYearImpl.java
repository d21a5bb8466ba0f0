/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.HiddenCost;
import org.hmis.eval.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Accounting Year</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getAccountLines <em>Account Lines</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getHiddenCosts <em>Hidden Costs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccountingYearImpl extends MinimalEObjectImpl.Container implements AccountingYear {
	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAccountLines() <em>Account Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountLines()
	 * @generated
	 * @ordered
	 */
	protected EList<AccountLine> accountLines;

	/**
	 * The cached value of the '{@link #getHiddenCosts() <em>Hidden Costs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenCosts()
	 * @generated
	 * @ordered
	 */
	protected EList<HiddenCost> hiddenCosts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccountingYearImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ACCOUNTING_YEAR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNTING_YEAR__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AccountLine> getAccountLines() {
		if (accountLines == null) {
			accountLines = new EObjectContainmentEList<AccountLine>(AccountLine.class, this, ModelPackage.ACCOUNTING_YEAR__ACCOUNT_LINES);
		}
		return accountLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HiddenCost> getHiddenCosts() {
		if (hiddenCosts == null) {
			hiddenCosts = new EObjectContainmentEList<HiddenCost>(HiddenCost.class, this, ModelPackage.ACCOUNTING_YEAR__HIDDEN_COSTS);
		}
		return hiddenCosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.ACCOUNTING_YEAR__ACCOUNT_LINES:
				return ((InternalEList<?>)getAccountLines()).basicRemove(otherEnd, msgs);
			case ModelPackage.ACCOUNTING_YEAR__HIDDEN_COSTS:
				return ((InternalEList<?>)getHiddenCosts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ACCOUNTING_YEAR__YEAR:
				return getYear();
			case ModelPackage.ACCOUNTING_YEAR__ACCOUNT_LINES:
				return getAccountLines();
			case ModelPackage.ACCOUNTING_YEAR__HIDDEN_COSTS:
				return getHiddenCosts();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.ACCOUNTING_YEAR__YEAR:
				setYear((Integer)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__ACCOUNT_LINES:
				getAccountLines().clear();
				getAccountLines().addAll((Collection<? extends AccountLine>)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__HIDDEN_COSTS:
				getHiddenCosts().clear();
				getHiddenCosts().addAll((Collection<? extends HiddenCost>)newValue);
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
			case ModelPackage.ACCOUNTING_YEAR__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case ModelPackage.ACCOUNTING_YEAR__ACCOUNT_LINES:
				getAccountLines().clear();
				return;
			case ModelPackage.ACCOUNTING_YEAR__HIDDEN_COSTS:
				getHiddenCosts().clear();
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
			case ModelPackage.ACCOUNTING_YEAR__YEAR:
				return year != YEAR_EDEFAULT;
			case ModelPackage.ACCOUNTING_YEAR__ACCOUNT_LINES:
				return accountLines != null && !accountLines.isEmpty();
			case ModelPackage.ACCOUNTING_YEAR__HIDDEN_COSTS:
				return hiddenCosts != null && !hiddenCosts.isEmpty();
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
		result.append(" (year: "); //$NON-NLS-1$
		result.append(year);
		result.append(')');
		return result.toString();
	}

} //AccountingYearImpl
