/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk Portfolio Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One line of Table 16: a service of the reference list, whether the scheme covers it, and the risk-limiting measures applied to it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.RiskPortfolioEntry#getService <em>Service</em>}</li>
 *   <li>{@link org.hmis.eval.model.RiskPortfolioEntry#isCovered <em>Covered</em>}</li>
 *   <li>{@link org.hmis.eval.model.RiskPortfolioEntry#getWaitingPeriod <em>Waiting Period</em>}</li>
 *   <li>{@link org.hmis.eval.model.RiskPortfolioEntry#getDeductible <em>Deductible</em>}</li>
 *   <li>{@link org.hmis.eval.model.RiskPortfolioEntry#getCopaymentPercent <em>Copayment Percent</em>}</li>
 *   <li>{@link org.hmis.eval.model.RiskPortfolioEntry#getMaximumBenefit <em>Maximum Benefit</em>}</li>
 *   <li>{@link org.hmis.eval.model.RiskPortfolioEntry#isPriorAgreement <em>Prior Agreement</em>}</li>
 *   <li>{@link org.hmis.eval.model.RiskPortfolioEntry#isCompulsoryReferral <em>Compulsory Referral</em>}</li>
 *   <li>{@link org.hmis.eval.model.RiskPortfolioEntry#getPaymentMechanism <em>Payment Mechanism</em>}</li>
 *   <li>{@link org.hmis.eval.model.RiskPortfolioEntry#isRationalization <em>Rationalization</em>}</li>
 *   <li>{@link org.hmis.eval.model.RiskPortfolioEntry#isProviderSelection <em>Provider Selection</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getRiskPortfolioEntry()
 * @model
 * @generated
 */
public interface RiskPortfolioEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of the service in the reference list (see the reference grid), e.g. acute.curative_consultations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service</em>' attribute.
	 * @see #setService(String)
	 * @see org.hmis.eval.model.ModelPackage#getRiskPortfolioEntry_Service()
	 * @model
	 * @generated
	 */
	String getService();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RiskPortfolioEntry#getService <em>Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' attribute.
	 * @see #getService()
	 * @generated
	 */
	void setService(String value);

	/**
	 * Returns the value of the '<em><b>Covered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the scheme covers the service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Covered</em>' attribute.
	 * @see #setCovered(boolean)
	 * @see org.hmis.eval.model.ModelPackage#getRiskPortfolioEntry_Covered()
	 * @model
	 * @generated
	 */
	boolean isCovered();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RiskPortfolioEntry#isCovered <em>Covered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Covered</em>' attribute.
	 * @see #isCovered()
	 * @generated
	 */
	void setCovered(boolean value);

	/**
	 * Returns the value of the '<em><b>Waiting Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Waiting period applied, as written (e.g. 6 months); empty when none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Waiting Period</em>' attribute.
	 * @see #setWaitingPeriod(String)
	 * @see org.hmis.eval.model.ModelPackage#getRiskPortfolioEntry_WaitingPeriod()
	 * @model
	 * @generated
	 */
	String getWaitingPeriod();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RiskPortfolioEntry#getWaitingPeriod <em>Waiting Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Waiting Period</em>' attribute.
	 * @see #getWaitingPeriod()
	 * @generated
	 */
	void setWaitingPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Deductible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Deductible amount; empty or 0 when none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deductible</em>' attribute.
	 * @see #setDeductible(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getRiskPortfolioEntry_Deductible()
	 * @model
	 * @generated
	 */
	BigDecimal getDeductible();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RiskPortfolioEntry#getDeductible <em>Deductible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deductible</em>' attribute.
	 * @see #getDeductible()
	 * @generated
	 */
	void setDeductible(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Copayment Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Percentage co-payment (20 = 20 %); empty or 0 when none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Copayment Percent</em>' attribute.
	 * @see #setCopaymentPercent(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getRiskPortfolioEntry_CopaymentPercent()
	 * @model
	 * @generated
	 */
	BigDecimal getCopaymentPercent();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RiskPortfolioEntry#getCopaymentPercent <em>Copayment Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Copayment Percent</em>' attribute.
	 * @see #getCopaymentPercent()
	 * @generated
	 */
	void setCopaymentPercent(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Maximum Benefit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum benefit (ceiling); empty when none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maximum Benefit</em>' attribute.
	 * @see #setMaximumBenefit(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getRiskPortfolioEntry_MaximumBenefit()
	 * @model
	 * @generated
	 */
	BigDecimal getMaximumBenefit();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RiskPortfolioEntry#getMaximumBenefit <em>Maximum Benefit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum Benefit</em>' attribute.
	 * @see #getMaximumBenefit()
	 * @generated
	 */
	void setMaximumBenefit(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Prior Agreement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the scheme requires prior agreement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prior Agreement</em>' attribute.
	 * @see #setPriorAgreement(boolean)
	 * @see org.hmis.eval.model.ModelPackage#getRiskPortfolioEntry_PriorAgreement()
	 * @model
	 * @generated
	 */
	boolean isPriorAgreement();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RiskPortfolioEntry#isPriorAgreement <em>Prior Agreement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prior Agreement</em>' attribute.
	 * @see #isPriorAgreement()
	 * @generated
	 */
	void setPriorAgreement(boolean value);

	/**
	 * Returns the value of the '<em><b>Compulsory Referral</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a referral from a lower level is compulsory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compulsory Referral</em>' attribute.
	 * @see #setCompulsoryReferral(boolean)
	 * @see org.hmis.eval.model.ModelPackage#getRiskPortfolioEntry_CompulsoryReferral()
	 * @model
	 * @generated
	 */
	boolean isCompulsoryReferral();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RiskPortfolioEntry#isCompulsoryReferral <em>Compulsory Referral</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compulsory Referral</em>' attribute.
	 * @see #isCompulsoryReferral()
	 * @generated
	 */
	void setCompulsoryReferral(boolean value);

	/**
	 * Returns the value of the '<em><b>Payment Mechanism</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hmis.eval.model.PaymentMechanism}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How providers are paid: fee_for_service, per_case, per_day or capitation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Payment Mechanism</em>' attribute.
	 * @see org.hmis.eval.model.PaymentMechanism
	 * @see #isSetPaymentMechanism()
	 * @see #unsetPaymentMechanism()
	 * @see #setPaymentMechanism(PaymentMechanism)
	 * @see org.hmis.eval.model.ModelPackage#getRiskPortfolioEntry_PaymentMechanism()
	 * @model unsettable="true"
	 * @generated
	 */
	PaymentMechanism getPaymentMechanism();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RiskPortfolioEntry#getPaymentMechanism <em>Payment Mechanism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Payment Mechanism</em>' attribute.
	 * @see org.hmis.eval.model.PaymentMechanism
	 * @see #isSetPaymentMechanism()
	 * @see #unsetPaymentMechanism()
	 * @see #getPaymentMechanism()
	 * @generated
	 */
	void setPaymentMechanism(PaymentMechanism value);

	/**
	 * Unsets the value of the '{@link org.hmis.eval.model.RiskPortfolioEntry#getPaymentMechanism <em>Payment Mechanism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPaymentMechanism()
	 * @see #getPaymentMechanism()
	 * @see #setPaymentMechanism(PaymentMechanism)
	 * @generated
	 */
	void unsetPaymentMechanism();

	/**
	 * Returns whether the value of the '{@link org.hmis.eval.model.RiskPortfolioEntry#getPaymentMechanism <em>Payment Mechanism</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Payment Mechanism</em>' attribute is set.
	 * @see #unsetPaymentMechanism()
	 * @see #getPaymentMechanism()
	 * @see #setPaymentMechanism(PaymentMechanism)
	 * @generated
	 */
	boolean isSetPaymentMechanism();

	/**
	 * Returns the value of the '<em><b>Rationalization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether care follows a treatment protocol or a contract with the provider.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rationalization</em>' attribute.
	 * @see #setRationalization(boolean)
	 * @see org.hmis.eval.model.ModelPackage#getRiskPortfolioEntry_Rationalization()
	 * @model
	 * @generated
	 */
	boolean isRationalization();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RiskPortfolioEntry#isRationalization <em>Rationalization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationalization</em>' attribute.
	 * @see #isRationalization()
	 * @generated
	 */
	void setRationalization(boolean value);

	/**
	 * Returns the value of the '<em><b>Provider Selection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the scheme selected the providers (rather than free choice).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider Selection</em>' attribute.
	 * @see #setProviderSelection(boolean)
	 * @see org.hmis.eval.model.ModelPackage#getRiskPortfolioEntry_ProviderSelection()
	 * @model
	 * @generated
	 */
	boolean isProviderSelection();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RiskPortfolioEntry#isProviderSelection <em>Provider Selection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider Selection</em>' attribute.
	 * @see #isProviderSelection()
	 * @generated
	 */
	void setProviderSelection(boolean value);

} // RiskPortfolioEntry
