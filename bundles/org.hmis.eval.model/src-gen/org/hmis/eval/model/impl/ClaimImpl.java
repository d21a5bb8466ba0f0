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

import org.hmis.eval.model.Claim;
import org.hmis.eval.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.ClaimImpl#getClaimId <em>Claim Id</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ClaimImpl#getBeneficiaryId <em>Beneficiary Id</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ClaimImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ClaimImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ClaimImpl#getServiceDate <em>Service Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ClaimImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ClaimImpl#getAmountCovered <em>Amount Covered</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ClaimImpl#getCopayment <em>Copayment</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ClaimImpl#getDecisionDate <em>Decision Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ClaimImpl#getPaidDate <em>Paid Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ClaimImpl#getAdmissionDate <em>Admission Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ClaimImpl#getDischargeDate <em>Discharge Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClaimImpl extends MinimalEObjectImpl.Container implements Claim {
	/**
	 * The default value of the '{@link #getClaimId() <em>Claim Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimId()
	 * @generated
	 * @ordered
	 */
	protected static final String CLAIM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClaimId() <em>Claim Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimId()
	 * @generated
	 * @ordered
	 */
	protected String claimId = CLAIM_ID_EDEFAULT;

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
	 * The default value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected String provider = PROVIDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceDate() <em>Service Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SERVICE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceDate() <em>Service Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate serviceDate = SERVICE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected String status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmountCovered() <em>Amount Covered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmountCovered()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AMOUNT_COVERED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmountCovered() <em>Amount Covered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmountCovered()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal amountCovered = AMOUNT_COVERED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCopayment() <em>Copayment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopayment()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal COPAYMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCopayment() <em>Copayment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopayment()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal copayment = COPAYMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecisionDate() <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DECISION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecisionDate() <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate decisionDate = DECISION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPaidDate() <em>Paid Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaidDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PAID_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPaidDate() <em>Paid Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaidDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate paidDate = PAID_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdmissionDate() <em>Admission Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdmissionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ADMISSION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdmissionDate() <em>Admission Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdmissionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate admissionDate = ADMISSION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDischargeDate() <em>Discharge Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDischargeDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DISCHARGE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDischargeDate() <em>Discharge Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDischargeDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dischargeDate = DISCHARGE_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClaimImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CLAIM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClaimId() {
		return claimId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClaimId(String newClaimId) {
		String oldClaimId = claimId;
		claimId = newClaimId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLAIM__CLAIM_ID, oldClaimId, claimId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLAIM__BENEFICIARY_ID, oldBeneficiaryId, beneficiaryId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(String newProvider) {
		String oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLAIM__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLAIM__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getServiceDate() {
		return serviceDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceDate(LocalDate newServiceDate) {
		LocalDate oldServiceDate = serviceDate;
		serviceDate = newServiceDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLAIM__SERVICE_DATE, oldServiceDate, serviceDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(String newStatus) {
		String oldStatus = status;
		status = newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLAIM__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmountCovered() {
		return amountCovered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmountCovered(BigDecimal newAmountCovered) {
		BigDecimal oldAmountCovered = amountCovered;
		amountCovered = newAmountCovered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLAIM__AMOUNT_COVERED, oldAmountCovered, amountCovered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCopayment() {
		return copayment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCopayment(BigDecimal newCopayment) {
		BigDecimal oldCopayment = copayment;
		copayment = newCopayment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLAIM__COPAYMENT, oldCopayment, copayment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDecisionDate() {
		return decisionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionDate(LocalDate newDecisionDate) {
		LocalDate oldDecisionDate = decisionDate;
		decisionDate = newDecisionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLAIM__DECISION_DATE, oldDecisionDate, decisionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPaidDate() {
		return paidDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPaidDate(LocalDate newPaidDate) {
		LocalDate oldPaidDate = paidDate;
		paidDate = newPaidDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLAIM__PAID_DATE, oldPaidDate, paidDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAdmissionDate() {
		return admissionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdmissionDate(LocalDate newAdmissionDate) {
		LocalDate oldAdmissionDate = admissionDate;
		admissionDate = newAdmissionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLAIM__ADMISSION_DATE, oldAdmissionDate, admissionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDischargeDate() {
		return dischargeDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDischargeDate(LocalDate newDischargeDate) {
		LocalDate oldDischargeDate = dischargeDate;
		dischargeDate = newDischargeDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CLAIM__DISCHARGE_DATE, oldDischargeDate, dischargeDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.CLAIM__CLAIM_ID:
				return getClaimId();
			case ModelPackage.CLAIM__BENEFICIARY_ID:
				return getBeneficiaryId();
			case ModelPackage.CLAIM__PROVIDER:
				return getProvider();
			case ModelPackage.CLAIM__CATEGORY:
				return getCategory();
			case ModelPackage.CLAIM__SERVICE_DATE:
				return getServiceDate();
			case ModelPackage.CLAIM__STATUS:
				return getStatus();
			case ModelPackage.CLAIM__AMOUNT_COVERED:
				return getAmountCovered();
			case ModelPackage.CLAIM__COPAYMENT:
				return getCopayment();
			case ModelPackage.CLAIM__DECISION_DATE:
				return getDecisionDate();
			case ModelPackage.CLAIM__PAID_DATE:
				return getPaidDate();
			case ModelPackage.CLAIM__ADMISSION_DATE:
				return getAdmissionDate();
			case ModelPackage.CLAIM__DISCHARGE_DATE:
				return getDischargeDate();
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
			case ModelPackage.CLAIM__CLAIM_ID:
				setClaimId((String)newValue);
				return;
			case ModelPackage.CLAIM__BENEFICIARY_ID:
				setBeneficiaryId((String)newValue);
				return;
			case ModelPackage.CLAIM__PROVIDER:
				setProvider((String)newValue);
				return;
			case ModelPackage.CLAIM__CATEGORY:
				setCategory((String)newValue);
				return;
			case ModelPackage.CLAIM__SERVICE_DATE:
				setServiceDate((LocalDate)newValue);
				return;
			case ModelPackage.CLAIM__STATUS:
				setStatus((String)newValue);
				return;
			case ModelPackage.CLAIM__AMOUNT_COVERED:
				setAmountCovered((BigDecimal)newValue);
				return;
			case ModelPackage.CLAIM__COPAYMENT:
				setCopayment((BigDecimal)newValue);
				return;
			case ModelPackage.CLAIM__DECISION_DATE:
				setDecisionDate((LocalDate)newValue);
				return;
			case ModelPackage.CLAIM__PAID_DATE:
				setPaidDate((LocalDate)newValue);
				return;
			case ModelPackage.CLAIM__ADMISSION_DATE:
				setAdmissionDate((LocalDate)newValue);
				return;
			case ModelPackage.CLAIM__DISCHARGE_DATE:
				setDischargeDate((LocalDate)newValue);
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
			case ModelPackage.CLAIM__CLAIM_ID:
				setClaimId(CLAIM_ID_EDEFAULT);
				return;
			case ModelPackage.CLAIM__BENEFICIARY_ID:
				setBeneficiaryId(BENEFICIARY_ID_EDEFAULT);
				return;
			case ModelPackage.CLAIM__PROVIDER:
				setProvider(PROVIDER_EDEFAULT);
				return;
			case ModelPackage.CLAIM__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case ModelPackage.CLAIM__SERVICE_DATE:
				setServiceDate(SERVICE_DATE_EDEFAULT);
				return;
			case ModelPackage.CLAIM__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ModelPackage.CLAIM__AMOUNT_COVERED:
				setAmountCovered(AMOUNT_COVERED_EDEFAULT);
				return;
			case ModelPackage.CLAIM__COPAYMENT:
				setCopayment(COPAYMENT_EDEFAULT);
				return;
			case ModelPackage.CLAIM__DECISION_DATE:
				setDecisionDate(DECISION_DATE_EDEFAULT);
				return;
			case ModelPackage.CLAIM__PAID_DATE:
				setPaidDate(PAID_DATE_EDEFAULT);
				return;
			case ModelPackage.CLAIM__ADMISSION_DATE:
				setAdmissionDate(ADMISSION_DATE_EDEFAULT);
				return;
			case ModelPackage.CLAIM__DISCHARGE_DATE:
				setDischargeDate(DISCHARGE_DATE_EDEFAULT);
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
			case ModelPackage.CLAIM__CLAIM_ID:
				return CLAIM_ID_EDEFAULT == null ? claimId != null : !CLAIM_ID_EDEFAULT.equals(claimId);
			case ModelPackage.CLAIM__BENEFICIARY_ID:
				return BENEFICIARY_ID_EDEFAULT == null ? beneficiaryId != null : !BENEFICIARY_ID_EDEFAULT.equals(beneficiaryId);
			case ModelPackage.CLAIM__PROVIDER:
				return PROVIDER_EDEFAULT == null ? provider != null : !PROVIDER_EDEFAULT.equals(provider);
			case ModelPackage.CLAIM__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case ModelPackage.CLAIM__SERVICE_DATE:
				return SERVICE_DATE_EDEFAULT == null ? serviceDate != null : !SERVICE_DATE_EDEFAULT.equals(serviceDate);
			case ModelPackage.CLAIM__STATUS:
				return STATUS_EDEFAULT == null ? status != null : !STATUS_EDEFAULT.equals(status);
			case ModelPackage.CLAIM__AMOUNT_COVERED:
				return AMOUNT_COVERED_EDEFAULT == null ? amountCovered != null : !AMOUNT_COVERED_EDEFAULT.equals(amountCovered);
			case ModelPackage.CLAIM__COPAYMENT:
				return COPAYMENT_EDEFAULT == null ? copayment != null : !COPAYMENT_EDEFAULT.equals(copayment);
			case ModelPackage.CLAIM__DECISION_DATE:
				return DECISION_DATE_EDEFAULT == null ? decisionDate != null : !DECISION_DATE_EDEFAULT.equals(decisionDate);
			case ModelPackage.CLAIM__PAID_DATE:
				return PAID_DATE_EDEFAULT == null ? paidDate != null : !PAID_DATE_EDEFAULT.equals(paidDate);
			case ModelPackage.CLAIM__ADMISSION_DATE:
				return ADMISSION_DATE_EDEFAULT == null ? admissionDate != null : !ADMISSION_DATE_EDEFAULT.equals(admissionDate);
			case ModelPackage.CLAIM__DISCHARGE_DATE:
				return DISCHARGE_DATE_EDEFAULT == null ? dischargeDate != null : !DISCHARGE_DATE_EDEFAULT.equals(dischargeDate);
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
		result.append(" (claimId: "); //$NON-NLS-1$
		result.append(claimId);
		result.append(", beneficiaryId: "); //$NON-NLS-1$
		result.append(beneficiaryId);
		result.append(", provider: "); //$NON-NLS-1$
		result.append(provider);
		result.append(", category: "); //$NON-NLS-1$
		result.append(category);
		result.append(", serviceDate: "); //$NON-NLS-1$
		result.append(serviceDate);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", amountCovered: "); //$NON-NLS-1$
		result.append(amountCovered);
		result.append(", copayment: "); //$NON-NLS-1$
		result.append(copayment);
		result.append(", decisionDate: "); //$NON-NLS-1$
		result.append(decisionDate);
		result.append(", paidDate: "); //$NON-NLS-1$
		result.append(paidDate);
		result.append(", admissionDate: "); //$NON-NLS-1$
		result.append(admissionDate);
		result.append(", dischargeDate: "); //$NON-NLS-1$
		result.append(dischargeDate);
		result.append(')');
		return result.toString();
	}

} //ClaimImpl
