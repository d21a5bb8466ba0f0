/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hmis.eval.model.ExclusionSurvey;
import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.SurveyGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Exclusion Survey</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.ExclusionSurveyImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ExclusionSurveyImpl#getPatients <em>Patients</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ExclusionSurveyImpl#getExcludedForMoney <em>Excluded For Money</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExclusionSurveyImpl extends MinimalEObjectImpl.Container implements ExclusionSurvey {
	/**
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final SurveyGroup GROUP_EDEFAULT = SurveyGroup.BENEFICIARY;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected SurveyGroup group = GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getPatients() <em>Patients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatients()
	 * @generated
	 * @ordered
	 */
	protected static final Long PATIENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPatients() <em>Patients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatients()
	 * @generated
	 * @ordered
	 */
	protected Long patients = PATIENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getExcludedForMoney() <em>Excluded For Money</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludedForMoney()
	 * @generated
	 * @ordered
	 */
	protected static final Long EXCLUDED_FOR_MONEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExcludedForMoney() <em>Excluded For Money</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludedForMoney()
	 * @generated
	 * @ordered
	 */
	protected Long excludedForMoney = EXCLUDED_FOR_MONEY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExclusionSurveyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.EXCLUSION_SURVEY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurveyGroup getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(SurveyGroup newGroup) {
		SurveyGroup oldGroup = group;
		group = newGroup == null ? GROUP_EDEFAULT : newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.EXCLUSION_SURVEY__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getPatients() {
		return patients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatients(Long newPatients) {
		Long oldPatients = patients;
		patients = newPatients;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.EXCLUSION_SURVEY__PATIENTS, oldPatients, patients));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getExcludedForMoney() {
		return excludedForMoney;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcludedForMoney(Long newExcludedForMoney) {
		Long oldExcludedForMoney = excludedForMoney;
		excludedForMoney = newExcludedForMoney;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.EXCLUSION_SURVEY__EXCLUDED_FOR_MONEY, oldExcludedForMoney, excludedForMoney));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.EXCLUSION_SURVEY__GROUP:
				return getGroup();
			case ModelPackage.EXCLUSION_SURVEY__PATIENTS:
				return getPatients();
			case ModelPackage.EXCLUSION_SURVEY__EXCLUDED_FOR_MONEY:
				return getExcludedForMoney();
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
			case ModelPackage.EXCLUSION_SURVEY__GROUP:
				setGroup((SurveyGroup)newValue);
				return;
			case ModelPackage.EXCLUSION_SURVEY__PATIENTS:
				setPatients((Long)newValue);
				return;
			case ModelPackage.EXCLUSION_SURVEY__EXCLUDED_FOR_MONEY:
				setExcludedForMoney((Long)newValue);
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
			case ModelPackage.EXCLUSION_SURVEY__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case ModelPackage.EXCLUSION_SURVEY__PATIENTS:
				setPatients(PATIENTS_EDEFAULT);
				return;
			case ModelPackage.EXCLUSION_SURVEY__EXCLUDED_FOR_MONEY:
				setExcludedForMoney(EXCLUDED_FOR_MONEY_EDEFAULT);
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
			case ModelPackage.EXCLUSION_SURVEY__GROUP:
				return group != GROUP_EDEFAULT;
			case ModelPackage.EXCLUSION_SURVEY__PATIENTS:
				return PATIENTS_EDEFAULT == null ? patients != null : !PATIENTS_EDEFAULT.equals(patients);
			case ModelPackage.EXCLUSION_SURVEY__EXCLUDED_FOR_MONEY:
				return EXCLUDED_FOR_MONEY_EDEFAULT == null ? excludedForMoney != null : !EXCLUDED_FOR_MONEY_EDEFAULT.equals(excludedForMoney);
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
		result.append(" (group: "); //$NON-NLS-1$
		result.append(group);
		result.append(", patients: "); //$NON-NLS-1$
		result.append(patients);
		result.append(", excludedForMoney: "); //$NON-NLS-1$
		result.append(excludedForMoney);
		result.append(')');
		return result.toString();
	}

} //ExclusionSurveyImpl
