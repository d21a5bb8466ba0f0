/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.MonthlyBeneficiaries;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Monthly Beneficiaries</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.MonthlyBeneficiariesImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MonthlyBeneficiariesImpl#getX1 <em>X1</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MonthlyBeneficiariesImpl#getX2 <em>X2</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MonthlyBeneficiariesImpl#getX <em>X</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MonthlyBeneficiariesImpl#getY1 <em>Y1</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MonthlyBeneficiariesImpl#getY2 <em>Y2</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MonthlyBeneficiariesImpl#getY <em>Y</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MonthlyBeneficiariesImpl#getZ1 <em>Z1</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MonthlyBeneficiariesImpl#getZ2 <em>Z2</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MonthlyBeneficiariesImpl#getZ3 <em>Z3</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MonthlyBeneficiariesImpl#getDependents <em>Dependents</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MonthlyBeneficiariesImpl extends MinimalEObjectImpl.Container implements MonthlyBeneficiaries {
	/**
	 * The default value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int MONTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected int month = MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getX1() <em>X1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX1()
	 * @generated
	 * @ordered
	 */
	protected static final Long X1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getX1() <em>X1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX1()
	 * @generated
	 * @ordered
	 */
	protected Long x1 = X1_EDEFAULT;

	/**
	 * The default value of the '{@link #getX2() <em>X2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX2()
	 * @generated
	 * @ordered
	 */
	protected static final Long X2_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getX2() <em>X2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX2()
	 * @generated
	 * @ordered
	 */
	protected Long x2 = X2_EDEFAULT;

	/**
	 * The default value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected static final Long X_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected Long x = X_EDEFAULT;

	/**
	 * The default value of the '{@link #getY1() <em>Y1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY1()
	 * @generated
	 * @ordered
	 */
	protected static final Long Y1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getY1() <em>Y1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY1()
	 * @generated
	 * @ordered
	 */
	protected Long y1 = Y1_EDEFAULT;

	/**
	 * The default value of the '{@link #getY2() <em>Y2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY2()
	 * @generated
	 * @ordered
	 */
	protected static final Long Y2_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getY2() <em>Y2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY2()
	 * @generated
	 * @ordered
	 */
	protected Long y2 = Y2_EDEFAULT;

	/**
	 * The default value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected static final Long Y_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected Long y = Y_EDEFAULT;

	/**
	 * The default value of the '{@link #getZ1() <em>Z1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZ1()
	 * @generated
	 * @ordered
	 */
	protected static final Long Z1_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZ1() <em>Z1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZ1()
	 * @generated
	 * @ordered
	 */
	protected Long z1 = Z1_EDEFAULT;

	/**
	 * The default value of the '{@link #getZ2() <em>Z2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZ2()
	 * @generated
	 * @ordered
	 */
	protected static final Long Z2_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZ2() <em>Z2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZ2()
	 * @generated
	 * @ordered
	 */
	protected Long z2 = Z2_EDEFAULT;

	/**
	 * The default value of the '{@link #getZ3() <em>Z3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZ3()
	 * @generated
	 * @ordered
	 */
	protected static final Long Z3_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZ3() <em>Z3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZ3()
	 * @generated
	 * @ordered
	 */
	protected Long z3 = Z3_EDEFAULT;

	/**
	 * The default value of the '{@link #getDependents() <em>Dependents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependents()
	 * @generated
	 * @ordered
	 */
	protected static final Long DEPENDENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDependents() <em>Dependents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependents()
	 * @generated
	 * @ordered
	 */
	protected Long dependents = DEPENDENTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MonthlyBeneficiariesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MONTHLY_BENEFICIARIES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMonth() {
		return month;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonth(int newMonth) {
		int oldMonth = month;
		month = newMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MONTHLY_BENEFICIARIES__MONTH, oldMonth, month));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getX1() {
		return x1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX1(Long newX1) {
		Long oldX1 = x1;
		x1 = newX1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MONTHLY_BENEFICIARIES__X1, oldX1, x1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getX2() {
		return x2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX2(Long newX2) {
		Long oldX2 = x2;
		x2 = newX2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MONTHLY_BENEFICIARIES__X2, oldX2, x2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getX() {
		return x;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX(Long newX) {
		Long oldX = x;
		x = newX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MONTHLY_BENEFICIARIES__X, oldX, x));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getY1() {
		return y1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setY1(Long newY1) {
		Long oldY1 = y1;
		y1 = newY1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MONTHLY_BENEFICIARIES__Y1, oldY1, y1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getY2() {
		return y2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setY2(Long newY2) {
		Long oldY2 = y2;
		y2 = newY2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MONTHLY_BENEFICIARIES__Y2, oldY2, y2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getY() {
		return y;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setY(Long newY) {
		Long oldY = y;
		y = newY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MONTHLY_BENEFICIARIES__Y, oldY, y));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getZ1() {
		return z1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZ1(Long newZ1) {
		Long oldZ1 = z1;
		z1 = newZ1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MONTHLY_BENEFICIARIES__Z1, oldZ1, z1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getZ2() {
		return z2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZ2(Long newZ2) {
		Long oldZ2 = z2;
		z2 = newZ2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MONTHLY_BENEFICIARIES__Z2, oldZ2, z2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getZ3() {
		return z3;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZ3(Long newZ3) {
		Long oldZ3 = z3;
		z3 = newZ3;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MONTHLY_BENEFICIARIES__Z3, oldZ3, z3));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getDependents() {
		return dependents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDependents(Long newDependents) {
		Long oldDependents = dependents;
		dependents = newDependents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MONTHLY_BENEFICIARIES__DEPENDENTS, oldDependents, dependents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.MONTHLY_BENEFICIARIES__MONTH:
				return getMonth();
			case ModelPackage.MONTHLY_BENEFICIARIES__X1:
				return getX1();
			case ModelPackage.MONTHLY_BENEFICIARIES__X2:
				return getX2();
			case ModelPackage.MONTHLY_BENEFICIARIES__X:
				return getX();
			case ModelPackage.MONTHLY_BENEFICIARIES__Y1:
				return getY1();
			case ModelPackage.MONTHLY_BENEFICIARIES__Y2:
				return getY2();
			case ModelPackage.MONTHLY_BENEFICIARIES__Y:
				return getY();
			case ModelPackage.MONTHLY_BENEFICIARIES__Z1:
				return getZ1();
			case ModelPackage.MONTHLY_BENEFICIARIES__Z2:
				return getZ2();
			case ModelPackage.MONTHLY_BENEFICIARIES__Z3:
				return getZ3();
			case ModelPackage.MONTHLY_BENEFICIARIES__DEPENDENTS:
				return getDependents();
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
			case ModelPackage.MONTHLY_BENEFICIARIES__MONTH:
				setMonth((Integer)newValue);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__X1:
				setX1((Long)newValue);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__X2:
				setX2((Long)newValue);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__X:
				setX((Long)newValue);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__Y1:
				setY1((Long)newValue);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__Y2:
				setY2((Long)newValue);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__Y:
				setY((Long)newValue);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__Z1:
				setZ1((Long)newValue);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__Z2:
				setZ2((Long)newValue);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__Z3:
				setZ3((Long)newValue);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__DEPENDENTS:
				setDependents((Long)newValue);
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
			case ModelPackage.MONTHLY_BENEFICIARIES__MONTH:
				setMonth(MONTH_EDEFAULT);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__X1:
				setX1(X1_EDEFAULT);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__X2:
				setX2(X2_EDEFAULT);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__X:
				setX(X_EDEFAULT);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__Y1:
				setY1(Y1_EDEFAULT);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__Y2:
				setY2(Y2_EDEFAULT);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__Y:
				setY(Y_EDEFAULT);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__Z1:
				setZ1(Z1_EDEFAULT);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__Z2:
				setZ2(Z2_EDEFAULT);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__Z3:
				setZ3(Z3_EDEFAULT);
				return;
			case ModelPackage.MONTHLY_BENEFICIARIES__DEPENDENTS:
				setDependents(DEPENDENTS_EDEFAULT);
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
			case ModelPackage.MONTHLY_BENEFICIARIES__MONTH:
				return month != MONTH_EDEFAULT;
			case ModelPackage.MONTHLY_BENEFICIARIES__X1:
				return X1_EDEFAULT == null ? x1 != null : !X1_EDEFAULT.equals(x1);
			case ModelPackage.MONTHLY_BENEFICIARIES__X2:
				return X2_EDEFAULT == null ? x2 != null : !X2_EDEFAULT.equals(x2);
			case ModelPackage.MONTHLY_BENEFICIARIES__X:
				return X_EDEFAULT == null ? x != null : !X_EDEFAULT.equals(x);
			case ModelPackage.MONTHLY_BENEFICIARIES__Y1:
				return Y1_EDEFAULT == null ? y1 != null : !Y1_EDEFAULT.equals(y1);
			case ModelPackage.MONTHLY_BENEFICIARIES__Y2:
				return Y2_EDEFAULT == null ? y2 != null : !Y2_EDEFAULT.equals(y2);
			case ModelPackage.MONTHLY_BENEFICIARIES__Y:
				return Y_EDEFAULT == null ? y != null : !Y_EDEFAULT.equals(y);
			case ModelPackage.MONTHLY_BENEFICIARIES__Z1:
				return Z1_EDEFAULT == null ? z1 != null : !Z1_EDEFAULT.equals(z1);
			case ModelPackage.MONTHLY_BENEFICIARIES__Z2:
				return Z2_EDEFAULT == null ? z2 != null : !Z2_EDEFAULT.equals(z2);
			case ModelPackage.MONTHLY_BENEFICIARIES__Z3:
				return Z3_EDEFAULT == null ? z3 != null : !Z3_EDEFAULT.equals(z3);
			case ModelPackage.MONTHLY_BENEFICIARIES__DEPENDENTS:
				return DEPENDENTS_EDEFAULT == null ? dependents != null : !DEPENDENTS_EDEFAULT.equals(dependents);
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
		result.append(" (month: "); //$NON-NLS-1$
		result.append(month);
		result.append(", x1: "); //$NON-NLS-1$
		result.append(x1);
		result.append(", x2: "); //$NON-NLS-1$
		result.append(x2);
		result.append(", x: "); //$NON-NLS-1$
		result.append(x);
		result.append(", y1: "); //$NON-NLS-1$
		result.append(y1);
		result.append(", y2: "); //$NON-NLS-1$
		result.append(y2);
		result.append(", y: "); //$NON-NLS-1$
		result.append(y);
		result.append(", z1: "); //$NON-NLS-1$
		result.append(z1);
		result.append(", z2: "); //$NON-NLS-1$
		result.append(z2);
		result.append(", z3: "); //$NON-NLS-1$
		result.append(z3);
		result.append(", dependents: "); //$NON-NLS-1$
		result.append(dependents);
		result.append(')');
		return result.toString();
	}

} //MonthlyBeneficiariesImpl
