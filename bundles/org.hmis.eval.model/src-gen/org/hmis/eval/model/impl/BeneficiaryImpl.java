/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hmis.eval.model.Beneficiary;
import org.hmis.eval.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Beneficiary</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.BeneficiaryImpl#getBeneficiaryId <em>Beneficiary Id</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.BeneficiaryImpl#getMemberId <em>Member Id</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.BeneficiaryImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.BeneficiaryImpl#getSex <em>Sex</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.BeneficiaryImpl#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.BeneficiaryImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.BeneficiaryImpl#getEndDate <em>End Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BeneficiaryImpl extends MinimalEObjectImpl.Container implements Beneficiary {
	/**
	 * The default value of the '{@link #getBeneficiaryId() <em>Beneficiary Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiaryId()
	 * @generated
	 * @ordered
	 */
	protected static final String BENEFICIARY_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeneficiaryId() <em>Beneficiary Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiaryId()
	 * @generated
	 * @ordered
	 */
	protected String beneficiaryId = BENEFICIARY_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemberId() <em>Member Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberId()
	 * @generated
	 * @ordered
	 */
	protected static final String MEMBER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMemberId() <em>Member Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberId()
	 * @generated
	 * @ordered
	 */
	protected String memberId = MEMBER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected static final String SEX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected String sex = SEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BIRTH_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate birthDate = BIRTH_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BeneficiaryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.BENEFICIARY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBeneficiaryId() {
		return beneficiaryId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeneficiaryId(String newBeneficiaryId) {
		String oldBeneficiaryId = beneficiaryId;
		beneficiaryId = newBeneficiaryId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BENEFICIARY__BENEFICIARY_ID, oldBeneficiaryId, beneficiaryId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMemberId() {
		return memberId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemberId(String newMemberId) {
		String oldMemberId = memberId;
		memberId = newMemberId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BENEFICIARY__MEMBER_ID, oldMemberId, memberId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BENEFICIARY__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSex() {
		return sex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSex(String newSex) {
		String oldSex = sex;
		sex = newSex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BENEFICIARY__SEX, oldSex, sex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBirthDate() {
		return birthDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthDate(LocalDate newBirthDate) {
		LocalDate oldBirthDate = birthDate;
		birthDate = newBirthDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BENEFICIARY__BIRTH_DATE, oldBirthDate, birthDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BENEFICIARY__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BENEFICIARY__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.BENEFICIARY__BENEFICIARY_ID:
				return getBeneficiaryId();
			case ModelPackage.BENEFICIARY__MEMBER_ID:
				return getMemberId();
			case ModelPackage.BENEFICIARY__ROLE:
				return getRole();
			case ModelPackage.BENEFICIARY__SEX:
				return getSex();
			case ModelPackage.BENEFICIARY__BIRTH_DATE:
				return getBirthDate();
			case ModelPackage.BENEFICIARY__START_DATE:
				return getStartDate();
			case ModelPackage.BENEFICIARY__END_DATE:
				return getEndDate();
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
			case ModelPackage.BENEFICIARY__BENEFICIARY_ID:
				setBeneficiaryId((String)newValue);
				return;
			case ModelPackage.BENEFICIARY__MEMBER_ID:
				setMemberId((String)newValue);
				return;
			case ModelPackage.BENEFICIARY__ROLE:
				setRole((String)newValue);
				return;
			case ModelPackage.BENEFICIARY__SEX:
				setSex((String)newValue);
				return;
			case ModelPackage.BENEFICIARY__BIRTH_DATE:
				setBirthDate((LocalDate)newValue);
				return;
			case ModelPackage.BENEFICIARY__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case ModelPackage.BENEFICIARY__END_DATE:
				setEndDate((LocalDate)newValue);
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
			case ModelPackage.BENEFICIARY__BENEFICIARY_ID:
				setBeneficiaryId(BENEFICIARY_ID_EDEFAULT);
				return;
			case ModelPackage.BENEFICIARY__MEMBER_ID:
				setMemberId(MEMBER_ID_EDEFAULT);
				return;
			case ModelPackage.BENEFICIARY__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case ModelPackage.BENEFICIARY__SEX:
				setSex(SEX_EDEFAULT);
				return;
			case ModelPackage.BENEFICIARY__BIRTH_DATE:
				setBirthDate(BIRTH_DATE_EDEFAULT);
				return;
			case ModelPackage.BENEFICIARY__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case ModelPackage.BENEFICIARY__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
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
			case ModelPackage.BENEFICIARY__BENEFICIARY_ID:
				return BENEFICIARY_ID_EDEFAULT == null ? beneficiaryId != null : !BENEFICIARY_ID_EDEFAULT.equals(beneficiaryId);
			case ModelPackage.BENEFICIARY__MEMBER_ID:
				return MEMBER_ID_EDEFAULT == null ? memberId != null : !MEMBER_ID_EDEFAULT.equals(memberId);
			case ModelPackage.BENEFICIARY__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case ModelPackage.BENEFICIARY__SEX:
				return SEX_EDEFAULT == null ? sex != null : !SEX_EDEFAULT.equals(sex);
			case ModelPackage.BENEFICIARY__BIRTH_DATE:
				return BIRTH_DATE_EDEFAULT == null ? birthDate != null : !BIRTH_DATE_EDEFAULT.equals(birthDate);
			case ModelPackage.BENEFICIARY__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case ModelPackage.BENEFICIARY__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
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
		result.append(" (beneficiaryId: "); //$NON-NLS-1$
		result.append(beneficiaryId);
		result.append(", memberId: "); //$NON-NLS-1$
		result.append(memberId);
		result.append(", role: "); //$NON-NLS-1$
		result.append(role);
		result.append(", sex: "); //$NON-NLS-1$
		result.append(sex);
		result.append(", birthDate: "); //$NON-NLS-1$
		result.append(birthDate);
		result.append(", startDate: "); //$NON-NLS-1$
		result.append(startDate);
		result.append(", endDate: "); //$NON-NLS-1$
		result.append(endDate);
		result.append(')');
		return result.toString();
	}

} //BeneficiaryImpl
