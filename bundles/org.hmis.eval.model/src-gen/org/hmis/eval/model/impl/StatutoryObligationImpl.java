/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.StatutoryObligation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Statutory Obligation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.StatutoryObligationImpl#getObligation <em>Obligation</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.StatutoryObligationImpl#getTheoreticalInterval <em>Theoretical Interval</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.StatutoryObligationImpl#getActualFrequency <em>Actual Frequency</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.StatutoryObligationImpl#isCompliant <em>Compliant</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.StatutoryObligationImpl#getRemark <em>Remark</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatutoryObligationImpl extends MinimalEObjectImpl.Container implements StatutoryObligation {
	/**
	 * The default value of the '{@link #getObligation() <em>Obligation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObligation()
	 * @generated
	 * @ordered
	 */
	protected static final String OBLIGATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObligation() <em>Obligation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObligation()
	 * @generated
	 * @ordered
	 */
	protected String obligation = OBLIGATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTheoreticalInterval() <em>Theoretical Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheoreticalInterval()
	 * @generated
	 * @ordered
	 */
	protected static final String THEORETICAL_INTERVAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheoreticalInterval() <em>Theoretical Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheoreticalInterval()
	 * @generated
	 * @ordered
	 */
	protected String theoreticalInterval = THEORETICAL_INTERVAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualFrequency() <em>Actual Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTUAL_FREQUENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualFrequency() <em>Actual Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualFrequency()
	 * @generated
	 * @ordered
	 */
	protected String actualFrequency = ACTUAL_FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #isCompliant() <em>Compliant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCompliant()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMPLIANT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCompliant() <em>Compliant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCompliant()
	 * @generated
	 * @ordered
	 */
	protected boolean compliant = COMPLIANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemark() <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemark()
	 * @generated
	 * @ordered
	 */
	protected static final String REMARK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemark() <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemark()
	 * @generated
	 * @ordered
	 */
	protected String remark = REMARK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StatutoryObligationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.STATUTORY_OBLIGATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObligation() {
		return obligation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObligation(String newObligation) {
		String oldObligation = obligation;
		obligation = newObligation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STATUTORY_OBLIGATION__OBLIGATION, oldObligation, obligation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheoreticalInterval() {
		return theoreticalInterval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheoreticalInterval(String newTheoreticalInterval) {
		String oldTheoreticalInterval = theoreticalInterval;
		theoreticalInterval = newTheoreticalInterval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STATUTORY_OBLIGATION__THEORETICAL_INTERVAL, oldTheoreticalInterval, theoreticalInterval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActualFrequency() {
		return actualFrequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualFrequency(String newActualFrequency) {
		String oldActualFrequency = actualFrequency;
		actualFrequency = newActualFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STATUTORY_OBLIGATION__ACTUAL_FREQUENCY, oldActualFrequency, actualFrequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCompliant() {
		return compliant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompliant(boolean newCompliant) {
		boolean oldCompliant = compliant;
		compliant = newCompliant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STATUTORY_OBLIGATION__COMPLIANT, oldCompliant, compliant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemark() {
		return remark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemark(String newRemark) {
		String oldRemark = remark;
		remark = newRemark;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STATUTORY_OBLIGATION__REMARK, oldRemark, remark));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.STATUTORY_OBLIGATION__OBLIGATION:
				return getObligation();
			case ModelPackage.STATUTORY_OBLIGATION__THEORETICAL_INTERVAL:
				return getTheoreticalInterval();
			case ModelPackage.STATUTORY_OBLIGATION__ACTUAL_FREQUENCY:
				return getActualFrequency();
			case ModelPackage.STATUTORY_OBLIGATION__COMPLIANT:
				return isCompliant();
			case ModelPackage.STATUTORY_OBLIGATION__REMARK:
				return getRemark();
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
			case ModelPackage.STATUTORY_OBLIGATION__OBLIGATION:
				setObligation((String)newValue);
				return;
			case ModelPackage.STATUTORY_OBLIGATION__THEORETICAL_INTERVAL:
				setTheoreticalInterval((String)newValue);
				return;
			case ModelPackage.STATUTORY_OBLIGATION__ACTUAL_FREQUENCY:
				setActualFrequency((String)newValue);
				return;
			case ModelPackage.STATUTORY_OBLIGATION__COMPLIANT:
				setCompliant((Boolean)newValue);
				return;
			case ModelPackage.STATUTORY_OBLIGATION__REMARK:
				setRemark((String)newValue);
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
			case ModelPackage.STATUTORY_OBLIGATION__OBLIGATION:
				setObligation(OBLIGATION_EDEFAULT);
				return;
			case ModelPackage.STATUTORY_OBLIGATION__THEORETICAL_INTERVAL:
				setTheoreticalInterval(THEORETICAL_INTERVAL_EDEFAULT);
				return;
			case ModelPackage.STATUTORY_OBLIGATION__ACTUAL_FREQUENCY:
				setActualFrequency(ACTUAL_FREQUENCY_EDEFAULT);
				return;
			case ModelPackage.STATUTORY_OBLIGATION__COMPLIANT:
				setCompliant(COMPLIANT_EDEFAULT);
				return;
			case ModelPackage.STATUTORY_OBLIGATION__REMARK:
				setRemark(REMARK_EDEFAULT);
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
			case ModelPackage.STATUTORY_OBLIGATION__OBLIGATION:
				return OBLIGATION_EDEFAULT == null ? obligation != null : !OBLIGATION_EDEFAULT.equals(obligation);
			case ModelPackage.STATUTORY_OBLIGATION__THEORETICAL_INTERVAL:
				return THEORETICAL_INTERVAL_EDEFAULT == null ? theoreticalInterval != null : !THEORETICAL_INTERVAL_EDEFAULT.equals(theoreticalInterval);
			case ModelPackage.STATUTORY_OBLIGATION__ACTUAL_FREQUENCY:
				return ACTUAL_FREQUENCY_EDEFAULT == null ? actualFrequency != null : !ACTUAL_FREQUENCY_EDEFAULT.equals(actualFrequency);
			case ModelPackage.STATUTORY_OBLIGATION__COMPLIANT:
				return compliant != COMPLIANT_EDEFAULT;
			case ModelPackage.STATUTORY_OBLIGATION__REMARK:
				return REMARK_EDEFAULT == null ? remark != null : !REMARK_EDEFAULT.equals(remark);
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
		result.append(" (obligation: "); //$NON-NLS-1$
		result.append(obligation);
		result.append(", theoreticalInterval: "); //$NON-NLS-1$
		result.append(theoreticalInterval);
		result.append(", actualFrequency: "); //$NON-NLS-1$
		result.append(actualFrequency);
		result.append(", compliant: "); //$NON-NLS-1$
		result.append(compliant);
		result.append(", remark: "); //$NON-NLS-1$
		result.append(remark);
		result.append(')');
		return result.toString();
	}

} //StatutoryObligationImpl
