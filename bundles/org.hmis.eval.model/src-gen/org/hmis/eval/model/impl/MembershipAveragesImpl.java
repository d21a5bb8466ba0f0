/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hmis.eval.model.MembershipAverages;
import org.hmis.eval.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Membership Averages</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.MembershipAveragesImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MembershipAveragesImpl#getBeneficiaries <em>Beneficiaries</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MembershipAveragesImpl#getDependents <em>Dependents</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MembershipAveragesImpl#getMembersOldAreas <em>Members Old Areas</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.MembershipAveragesImpl#getMembersNewAreas <em>Members New Areas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MembershipAveragesImpl extends MinimalEObjectImpl.Container implements MembershipAverages {
	/**
	 * The default value of the '{@link #getMembers() <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MEMBERS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal members = MEMBERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeneficiaries() <em>Beneficiaries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiaries()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BENEFICIARIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeneficiaries() <em>Beneficiaries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiaries()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal beneficiaries = BENEFICIARIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDependents() <em>Dependents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependents()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal DEPENDENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDependents() <em>Dependents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependents()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal dependents = DEPENDENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMembersOldAreas() <em>Members Old Areas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembersOldAreas()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MEMBERS_OLD_AREAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMembersOldAreas() <em>Members Old Areas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembersOldAreas()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal membersOldAreas = MEMBERS_OLD_AREAS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMembersNewAreas() <em>Members New Areas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembersNewAreas()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MEMBERS_NEW_AREAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMembersNewAreas() <em>Members New Areas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembersNewAreas()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal membersNewAreas = MEMBERS_NEW_AREAS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MembershipAveragesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MEMBERSHIP_AVERAGES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMembers() {
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembers(BigDecimal newMembers) {
		BigDecimal oldMembers = members;
		members = newMembers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMBERSHIP_AVERAGES__MEMBERS, oldMembers, members));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBeneficiaries() {
		return beneficiaries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeneficiaries(BigDecimal newBeneficiaries) {
		BigDecimal oldBeneficiaries = beneficiaries;
		beneficiaries = newBeneficiaries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMBERSHIP_AVERAGES__BENEFICIARIES, oldBeneficiaries, beneficiaries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getDependents() {
		return dependents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDependents(BigDecimal newDependents) {
		BigDecimal oldDependents = dependents;
		dependents = newDependents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMBERSHIP_AVERAGES__DEPENDENTS, oldDependents, dependents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMembersOldAreas() {
		return membersOldAreas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembersOldAreas(BigDecimal newMembersOldAreas) {
		BigDecimal oldMembersOldAreas = membersOldAreas;
		membersOldAreas = newMembersOldAreas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMBERSHIP_AVERAGES__MEMBERS_OLD_AREAS, oldMembersOldAreas, membersOldAreas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMembersNewAreas() {
		return membersNewAreas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembersNewAreas(BigDecimal newMembersNewAreas) {
		BigDecimal oldMembersNewAreas = membersNewAreas;
		membersNewAreas = newMembersNewAreas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMBERSHIP_AVERAGES__MEMBERS_NEW_AREAS, oldMembersNewAreas, membersNewAreas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.MEMBERSHIP_AVERAGES__MEMBERS:
				return getMembers();
			case ModelPackage.MEMBERSHIP_AVERAGES__BENEFICIARIES:
				return getBeneficiaries();
			case ModelPackage.MEMBERSHIP_AVERAGES__DEPENDENTS:
				return getDependents();
			case ModelPackage.MEMBERSHIP_AVERAGES__MEMBERS_OLD_AREAS:
				return getMembersOldAreas();
			case ModelPackage.MEMBERSHIP_AVERAGES__MEMBERS_NEW_AREAS:
				return getMembersNewAreas();
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
			case ModelPackage.MEMBERSHIP_AVERAGES__MEMBERS:
				setMembers((BigDecimal)newValue);
				return;
			case ModelPackage.MEMBERSHIP_AVERAGES__BENEFICIARIES:
				setBeneficiaries((BigDecimal)newValue);
				return;
			case ModelPackage.MEMBERSHIP_AVERAGES__DEPENDENTS:
				setDependents((BigDecimal)newValue);
				return;
			case ModelPackage.MEMBERSHIP_AVERAGES__MEMBERS_OLD_AREAS:
				setMembersOldAreas((BigDecimal)newValue);
				return;
			case ModelPackage.MEMBERSHIP_AVERAGES__MEMBERS_NEW_AREAS:
				setMembersNewAreas((BigDecimal)newValue);
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
			case ModelPackage.MEMBERSHIP_AVERAGES__MEMBERS:
				setMembers(MEMBERS_EDEFAULT);
				return;
			case ModelPackage.MEMBERSHIP_AVERAGES__BENEFICIARIES:
				setBeneficiaries(BENEFICIARIES_EDEFAULT);
				return;
			case ModelPackage.MEMBERSHIP_AVERAGES__DEPENDENTS:
				setDependents(DEPENDENTS_EDEFAULT);
				return;
			case ModelPackage.MEMBERSHIP_AVERAGES__MEMBERS_OLD_AREAS:
				setMembersOldAreas(MEMBERS_OLD_AREAS_EDEFAULT);
				return;
			case ModelPackage.MEMBERSHIP_AVERAGES__MEMBERS_NEW_AREAS:
				setMembersNewAreas(MEMBERS_NEW_AREAS_EDEFAULT);
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
			case ModelPackage.MEMBERSHIP_AVERAGES__MEMBERS:
				return MEMBERS_EDEFAULT == null ? members != null : !MEMBERS_EDEFAULT.equals(members);
			case ModelPackage.MEMBERSHIP_AVERAGES__BENEFICIARIES:
				return BENEFICIARIES_EDEFAULT == null ? beneficiaries != null : !BENEFICIARIES_EDEFAULT.equals(beneficiaries);
			case ModelPackage.MEMBERSHIP_AVERAGES__DEPENDENTS:
				return DEPENDENTS_EDEFAULT == null ? dependents != null : !DEPENDENTS_EDEFAULT.equals(dependents);
			case ModelPackage.MEMBERSHIP_AVERAGES__MEMBERS_OLD_AREAS:
				return MEMBERS_OLD_AREAS_EDEFAULT == null ? membersOldAreas != null : !MEMBERS_OLD_AREAS_EDEFAULT.equals(membersOldAreas);
			case ModelPackage.MEMBERSHIP_AVERAGES__MEMBERS_NEW_AREAS:
				return MEMBERS_NEW_AREAS_EDEFAULT == null ? membersNewAreas != null : !MEMBERS_NEW_AREAS_EDEFAULT.equals(membersNewAreas);
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
		result.append(" (members: "); //$NON-NLS-1$
		result.append(members);
		result.append(", beneficiaries: "); //$NON-NLS-1$
		result.append(beneficiaries);
		result.append(", dependents: "); //$NON-NLS-1$
		result.append(dependents);
		result.append(", membersOldAreas: "); //$NON-NLS-1$
		result.append(membersOldAreas);
		result.append(", membersNewAreas: "); //$NON-NLS-1$
		result.append(membersNewAreas);
		result.append(')');
		return result.toString();
	}

} //MembershipAveragesImpl
