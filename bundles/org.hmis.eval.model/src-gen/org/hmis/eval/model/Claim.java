/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A claim for care given to a beneficiary by a provider.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.Claim#getClaimId <em>Claim Id</em>}</li>
 *   <li>{@link org.hmis.eval.model.Claim#getBeneficiaryId <em>Beneficiary Id</em>}</li>
 *   <li>{@link org.hmis.eval.model.Claim#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.hmis.eval.model.Claim#getCategory <em>Category</em>}</li>
 *   <li>{@link org.hmis.eval.model.Claim#getServiceDate <em>Service Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.Claim#getStatus <em>Status</em>}</li>
 *   <li>{@link org.hmis.eval.model.Claim#getAmountCovered <em>Amount Covered</em>}</li>
 *   <li>{@link org.hmis.eval.model.Claim#getCopayment <em>Copayment</em>}</li>
 *   <li>{@link org.hmis.eval.model.Claim#getDecisionDate <em>Decision Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.Claim#getPaidDate <em>Paid Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.Claim#getAdmissionDate <em>Admission Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.Claim#getDischargeDate <em>Discharge Date</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getClaim()
 * @model
 * @generated
 */
public interface Claim extends EObject {
	/**
	 * Returns the value of the '<em><b>Claim Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of the claim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Claim Id</em>' attribute.
	 * @see #setClaimId(String)
	 * @see org.hmis.eval.model.ModelPackage#getClaim_ClaimId()
	 * @model
	 * @generated
	 */
	String getClaimId();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Claim#getClaimId <em>Claim Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Claim Id</em>' attribute.
	 * @see #getClaimId()
	 * @generated
	 */
	void setClaimId(String value);

	/**
	 * Returns the value of the '<em><b>Beneficiary Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beneficiary who received the care.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beneficiary Id</em>' attribute.
	 * @see #setBeneficiaryId(String)
	 * @see org.hmis.eval.model.ModelPackage#getClaim_BeneficiaryId()
	 * @model
	 * @generated
	 */
	String getBeneficiaryId();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Claim#getBeneficiaryId <em>Beneficiary Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beneficiary Id</em>' attribute.
	 * @see #getBeneficiaryId()
	 * @generated
	 */
	void setBeneficiaryId(String value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Provider who gave the care.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see #setProvider(String)
	 * @see org.hmis.eval.model.ModelPackage#getClaim_Provider()
	 * @model
	 * @generated
	 */
	String getProvider();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Claim#getProvider <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' attribute.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service category code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.hmis.eval.model.ModelPackage#getClaim_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Claim#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Service Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date the care was given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Date</em>' attribute.
	 * @see #setServiceDate(LocalDate)
	 * @see org.hmis.eval.model.ModelPackage#getClaim_ServiceDate()
	 * @model dataType="org.hmis.eval.model.LocalDate"
	 * @generated
	 */
	LocalDate getServiceDate();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Claim#getServiceDate <em>Service Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Date</em>' attribute.
	 * @see #getServiceDate()
	 * @generated
	 */
	void setServiceDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * authorized, rejected or pending.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see #setStatus(String)
	 * @see org.hmis.eval.model.ModelPackage#getClaim_Status()
	 * @model
	 * @generated
	 */
	String getStatus();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Claim#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(String value);

	/**
	 * Returns the value of the '<em><b>Amount Covered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Amount the scheme covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount Covered</em>' attribute.
	 * @see #setAmountCovered(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getClaim_AmountCovered()
	 * @model
	 * @generated
	 */
	BigDecimal getAmountCovered();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Claim#getAmountCovered <em>Amount Covered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount Covered</em>' attribute.
	 * @see #getAmountCovered()
	 * @generated
	 */
	void setAmountCovered(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Copayment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Part paid by the beneficiary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Copayment</em>' attribute.
	 * @see #setCopayment(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getClaim_Copayment()
	 * @model
	 * @generated
	 */
	BigDecimal getCopayment();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Claim#getCopayment <em>Copayment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Copayment</em>' attribute.
	 * @see #getCopayment()
	 * @generated
	 */
	void setCopayment(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Decision Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date the scheme decided on the claim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Date</em>' attribute.
	 * @see #setDecisionDate(LocalDate)
	 * @see org.hmis.eval.model.ModelPackage#getClaim_DecisionDate()
	 * @model dataType="org.hmis.eval.model.LocalDate"
	 * @generated
	 */
	LocalDate getDecisionDate();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Claim#getDecisionDate <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Date</em>' attribute.
	 * @see #getDecisionDate()
	 * @generated
	 */
	void setDecisionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Paid Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date the scheme paid the claim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Paid Date</em>' attribute.
	 * @see #setPaidDate(LocalDate)
	 * @see org.hmis.eval.model.ModelPackage#getClaim_PaidDate()
	 * @model dataType="org.hmis.eval.model.LocalDate"
	 * @generated
	 */
	LocalDate getPaidDate();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Claim#getPaidDate <em>Paid Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paid Date</em>' attribute.
	 * @see #getPaidDate()
	 * @generated
	 */
	void setPaidDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Admission Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Admission date of a hospital stay.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Admission Date</em>' attribute.
	 * @see #setAdmissionDate(LocalDate)
	 * @see org.hmis.eval.model.ModelPackage#getClaim_AdmissionDate()
	 * @model dataType="org.hmis.eval.model.LocalDate"
	 * @generated
	 */
	LocalDate getAdmissionDate();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Claim#getAdmissionDate <em>Admission Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Admission Date</em>' attribute.
	 * @see #getAdmissionDate()
	 * @generated
	 */
	void setAdmissionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Discharge Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Discharge date of a hospital stay.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discharge Date</em>' attribute.
	 * @see #setDischargeDate(LocalDate)
	 * @see org.hmis.eval.model.ModelPackage#getClaim_DischargeDate()
	 * @model dataType="org.hmis.eval.model.LocalDate"
	 * @generated
	 */
	LocalDate getDischargeDate();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Claim#getDischargeDate <em>Discharge Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discharge Date</em>' attribute.
	 * @see #getDischargeDate()
	 * @generated
	 */
	void setDischargeDate(LocalDate value);

} // Claim
