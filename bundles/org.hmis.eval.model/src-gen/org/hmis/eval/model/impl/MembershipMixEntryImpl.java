/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hmis.eval.model.MembershipMixEntry;
import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;
import org.hmis.eval.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Membership Mix Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.MembershipMixEntryImpl#getMembershipType <em>Membership Type</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MembershipMixEntryImpl#getMembershipUnit <em>Membership Unit</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MembershipMixEntryImpl#getBeneficiaries <em>Beneficiaries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MembershipMixEntryImpl extends MinimalEObjectImpl.Container implements MembershipMixEntry {
	/**
	 * The default value of the '{@link #getMembershipType() <em>Membership Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembershipType()
	 * @generated
	 * @ordered
	 */
	protected static final MembershipType MEMBERSHIP_TYPE_EDEFAULT = MembershipType.VOLUNTARY;

	/**
	 * The cached value of the '{@link #getMembershipType() <em>Membership Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembershipType()
	 * @generated
	 * @ordered
	 */
	protected MembershipType membershipType = MEMBERSHIP_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMembershipUnit() <em>Membership Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembershipUnit()
	 * @generated
	 * @ordered
	 */
	protected static final MembershipUnit MEMBERSHIP_UNIT_EDEFAULT = MembershipUnit.INDIVIDUAL;

	/**
	 * The cached value of the '{@link #getMembershipUnit() <em>Membership Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembershipUnit()
	 * @generated
	 * @ordered
	 */
	protected MembershipUnit membershipUnit = MEMBERSHIP_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeneficiaries() <em>Beneficiaries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiaries()
	 * @generated
	 * @ordered
	 */
	protected static final long BENEFICIARIES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBeneficiaries() <em>Beneficiaries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiaries()
	 * @generated
	 * @ordered
	 */
	protected long beneficiaries = BENEFICIARIES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MembershipMixEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MEMBERSHIP_MIX_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MembershipType getMembershipType() {
		return membershipType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembershipType(MembershipType newMembershipType) {
		MembershipType oldMembershipType = membershipType;
		membershipType = newMembershipType == null ? MEMBERSHIP_TYPE_EDEFAULT : newMembershipType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_TYPE, oldMembershipType, membershipType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MembershipUnit getMembershipUnit() {
		return membershipUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembershipUnit(MembershipUnit newMembershipUnit) {
		MembershipUnit oldMembershipUnit = membershipUnit;
		membershipUnit = newMembershipUnit == null ? MEMBERSHIP_UNIT_EDEFAULT : newMembershipUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_UNIT, oldMembershipUnit, membershipUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBeneficiaries() {
		return beneficiaries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeneficiaries(long newBeneficiaries) {
		long oldBeneficiaries = beneficiaries;
		beneficiaries = newBeneficiaries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMBERSHIP_MIX_ENTRY__BENEFICIARIES, oldBeneficiaries, beneficiaries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_TYPE:
				return getMembershipType();
			case ModelPackage.MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_UNIT:
				return getMembershipUnit();
			case ModelPackage.MEMBERSHIP_MIX_ENTRY__BENEFICIARIES:
				return getBeneficiaries();
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
			case ModelPackage.MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_TYPE:
				setMembershipType((MembershipType)newValue);
				return;
			case ModelPackage.MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_UNIT:
				setMembershipUnit((MembershipUnit)newValue);
				return;
			case ModelPackage.MEMBERSHIP_MIX_ENTRY__BENEFICIARIES:
				setBeneficiaries((Long)newValue);
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
			case ModelPackage.MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_TYPE:
				setMembershipType(MEMBERSHIP_TYPE_EDEFAULT);
				return;
			case ModelPackage.MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_UNIT:
				setMembershipUnit(MEMBERSHIP_UNIT_EDEFAULT);
				return;
			case ModelPackage.MEMBERSHIP_MIX_ENTRY__BENEFICIARIES:
				setBeneficiaries(BENEFICIARIES_EDEFAULT);
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
			case ModelPackage.MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_TYPE:
				return membershipType != MEMBERSHIP_TYPE_EDEFAULT;
			case ModelPackage.MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_UNIT:
				return membershipUnit != MEMBERSHIP_UNIT_EDEFAULT;
			case ModelPackage.MEMBERSHIP_MIX_ENTRY__BENEFICIARIES:
				return beneficiaries != BENEFICIARIES_EDEFAULT;
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
		result.append(" (membershipType: "); //$NON-NLS-1$
		result.append(membershipType);
		result.append(", membershipUnit: "); //$NON-NLS-1$
		result.append(membershipUnit);
		result.append(", beneficiaries: "); //$NON-NLS-1$
		result.append(beneficiaries);
		result.append(')');
		return result.toString();
	}

} //MembershipMixEntryImpl
