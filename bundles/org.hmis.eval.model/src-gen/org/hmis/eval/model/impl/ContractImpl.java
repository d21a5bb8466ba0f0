/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hmis.eval.model.Contract;
import org.hmis.eval.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contract</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.ContractImpl#getMemberId <em>Member Id</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ContractImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ContractImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ContractImpl#getPremiumDue <em>Premium Due</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ContractImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ContractImpl#getMembershipType <em>Membership Type</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ContractImpl#getMembershipUnit <em>Membership Unit</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ContractImpl#getArea <em>Area</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ContractImpl#getPromoter <em>Promoter</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ContractImpl#getPlan <em>Plan</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContractImpl extends MinimalEObjectImpl.Container implements Contract {
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
	 * The default value of the '{@link #getPremiumDue() <em>Premium Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPremiumDue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PREMIUM_DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPremiumDue() <em>Premium Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPremiumDue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal premiumDue = PREMIUM_DUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMembershipType() <em>Membership Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembershipType()
	 * @generated
	 * @ordered
	 */
	protected static final String MEMBERSHIP_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMembershipType() <em>Membership Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembershipType()
	 * @generated
	 * @ordered
	 */
	protected String membershipType = MEMBERSHIP_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMembershipUnit() <em>Membership Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembershipUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String MEMBERSHIP_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMembershipUnit() <em>Membership Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembershipUnit()
	 * @generated
	 * @ordered
	 */
	protected String membershipUnit = MEMBERSHIP_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected static final String AREA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected String area = AREA_EDEFAULT;

	/**
	 * The default value of the '{@link #getPromoter() <em>Promoter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromoter()
	 * @generated
	 * @ordered
	 */
	protected static final String PROMOTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPromoter() <em>Promoter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromoter()
	 * @generated
	 * @ordered
	 */
	protected String promoter = PROMOTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlan() <em>Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected static final String PLAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected String plan = PLAN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContractImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CONTRACT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__MEMBER_ID, oldMemberId, memberId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__START_DATE, oldStartDate, startDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPremiumDue() {
		return premiumDue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPremiumDue(BigDecimal newPremiumDue) {
		BigDecimal oldPremiumDue = premiumDue;
		premiumDue = newPremiumDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__PREMIUM_DUE, oldPremiumDue, premiumDue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMembershipType() {
		return membershipType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembershipType(String newMembershipType) {
		String oldMembershipType = membershipType;
		membershipType = newMembershipType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__MEMBERSHIP_TYPE, oldMembershipType, membershipType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMembershipUnit() {
		return membershipUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembershipUnit(String newMembershipUnit) {
		String oldMembershipUnit = membershipUnit;
		membershipUnit = newMembershipUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__MEMBERSHIP_UNIT, oldMembershipUnit, membershipUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArea() {
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArea(String newArea) {
		String oldArea = area;
		area = newArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPromoter() {
		return promoter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPromoter(String newPromoter) {
		String oldPromoter = promoter;
		promoter = newPromoter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__PROMOTER, oldPromoter, promoter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlan() {
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlan(String newPlan) {
		String oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CONTRACT__PLAN, oldPlan, plan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.CONTRACT__MEMBER_ID:
				return getMemberId();
			case ModelPackage.CONTRACT__START_DATE:
				return getStartDate();
			case ModelPackage.CONTRACT__END_DATE:
				return getEndDate();
			case ModelPackage.CONTRACT__PREMIUM_DUE:
				return getPremiumDue();
			case ModelPackage.CONTRACT__DUE_DATE:
				return getDueDate();
			case ModelPackage.CONTRACT__MEMBERSHIP_TYPE:
				return getMembershipType();
			case ModelPackage.CONTRACT__MEMBERSHIP_UNIT:
				return getMembershipUnit();
			case ModelPackage.CONTRACT__AREA:
				return getArea();
			case ModelPackage.CONTRACT__PROMOTER:
				return getPromoter();
			case ModelPackage.CONTRACT__PLAN:
				return getPlan();
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
			case ModelPackage.CONTRACT__MEMBER_ID:
				setMemberId((String)newValue);
				return;
			case ModelPackage.CONTRACT__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case ModelPackage.CONTRACT__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case ModelPackage.CONTRACT__PREMIUM_DUE:
				setPremiumDue((BigDecimal)newValue);
				return;
			case ModelPackage.CONTRACT__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case ModelPackage.CONTRACT__MEMBERSHIP_TYPE:
				setMembershipType((String)newValue);
				return;
			case ModelPackage.CONTRACT__MEMBERSHIP_UNIT:
				setMembershipUnit((String)newValue);
				return;
			case ModelPackage.CONTRACT__AREA:
				setArea((String)newValue);
				return;
			case ModelPackage.CONTRACT__PROMOTER:
				setPromoter((String)newValue);
				return;
			case ModelPackage.CONTRACT__PLAN:
				setPlan((String)newValue);
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
			case ModelPackage.CONTRACT__MEMBER_ID:
				setMemberId(MEMBER_ID_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__PREMIUM_DUE:
				setPremiumDue(PREMIUM_DUE_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__MEMBERSHIP_TYPE:
				setMembershipType(MEMBERSHIP_TYPE_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__MEMBERSHIP_UNIT:
				setMembershipUnit(MEMBERSHIP_UNIT_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__AREA:
				setArea(AREA_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__PROMOTER:
				setPromoter(PROMOTER_EDEFAULT);
				return;
			case ModelPackage.CONTRACT__PLAN:
				setPlan(PLAN_EDEFAULT);
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
			case ModelPackage.CONTRACT__MEMBER_ID:
				return MEMBER_ID_EDEFAULT == null ? memberId != null : !MEMBER_ID_EDEFAULT.equals(memberId);
			case ModelPackage.CONTRACT__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case ModelPackage.CONTRACT__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case ModelPackage.CONTRACT__PREMIUM_DUE:
				return PREMIUM_DUE_EDEFAULT == null ? premiumDue != null : !PREMIUM_DUE_EDEFAULT.equals(premiumDue);
			case ModelPackage.CONTRACT__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case ModelPackage.CONTRACT__MEMBERSHIP_TYPE:
				return MEMBERSHIP_TYPE_EDEFAULT == null ? membershipType != null : !MEMBERSHIP_TYPE_EDEFAULT.equals(membershipType);
			case ModelPackage.CONTRACT__MEMBERSHIP_UNIT:
				return MEMBERSHIP_UNIT_EDEFAULT == null ? membershipUnit != null : !MEMBERSHIP_UNIT_EDEFAULT.equals(membershipUnit);
			case ModelPackage.CONTRACT__AREA:
				return AREA_EDEFAULT == null ? area != null : !AREA_EDEFAULT.equals(area);
			case ModelPackage.CONTRACT__PROMOTER:
				return PROMOTER_EDEFAULT == null ? promoter != null : !PROMOTER_EDEFAULT.equals(promoter);
			case ModelPackage.CONTRACT__PLAN:
				return PLAN_EDEFAULT == null ? plan != null : !PLAN_EDEFAULT.equals(plan);
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
		result.append(" (memberId: "); //$NON-NLS-1$
		result.append(memberId);
		result.append(", startDate: "); //$NON-NLS-1$
		result.append(startDate);
		result.append(", endDate: "); //$NON-NLS-1$
		result.append(endDate);
		result.append(", premiumDue: "); //$NON-NLS-1$
		result.append(premiumDue);
		result.append(", dueDate: "); //$NON-NLS-1$
		result.append(dueDate);
		result.append(", membershipType: "); //$NON-NLS-1$
		result.append(membershipType);
		result.append(", membershipUnit: "); //$NON-NLS-1$
		result.append(membershipUnit);
		result.append(", area: "); //$NON-NLS-1$
		result.append(area);
		result.append(", promoter: "); //$NON-NLS-1$
		result.append(promoter);
		result.append(", plan: "); //$NON-NLS-1$
		result.append(plan);
		result.append(')');
		return result.toString();
	}

} //ContractImpl
