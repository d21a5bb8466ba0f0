/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provider Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Activity of one provider in one service category over the year, as the provider reports it: every service dispensed, and those given to people who are not beneficiaries of the scheme together with the population they come from.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.ProviderActivity#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.hmis.eval.model.ProviderActivity#getCategory <em>Category</em>}</li>
 *   <li>{@link org.hmis.eval.model.ProviderActivity#getServicesDispensed <em>Services Dispensed</em>}</li>
 *   <li>{@link org.hmis.eval.model.ProviderActivity#getNonBeneficiaryServices <em>Non Beneficiary Services</em>}</li>
 *   <li>{@link org.hmis.eval.model.ProviderActivity#getNonBeneficiaryPopulation <em>Non Beneficiary Population</em>}</li>
 *   <li>{@link org.hmis.eval.model.ProviderActivity#getAverageCopayment <em>Average Copayment</em>}</li>
 *   <li>{@link org.hmis.eval.model.ProviderActivity#getNonBeneficiaryAverageCost <em>Non Beneficiary Average Cost</em>}</li>
 *   <li>{@link org.hmis.eval.model.ProviderActivity#getCopaymentsReceived <em>Copayments Received</em>}</li>
 *   <li>{@link org.hmis.eval.model.ProviderActivity#getTotalIncome <em>Total Income</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getProviderActivity()
 * @model
 * @generated
 */
public interface ProviderActivity extends EObject {
	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the provider.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see #setProvider(String)
	 * @see org.hmis.eval.model.ModelPackage#getProviderActivity_Provider()
	 * @model
	 * @generated
	 */
	String getProvider();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ProviderActivity#getProvider <em>Provider</em>}' attribute.
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
	 * Code of the service category.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.hmis.eval.model.ModelPackage#getProviderActivity_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ProviderActivity#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Services Dispensed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Services of the category the provider dispensed to anybody during the year (for I.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Services Dispensed</em>' attribute.
	 * @see #setServicesDispensed(Long)
	 * @see org.hmis.eval.model.ModelPackage#getProviderActivity_ServicesDispensed()
	 * @model
	 * @generated
	 */
	Long getServicesDispensed();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ProviderActivity#getServicesDispensed <em>Services Dispensed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Services Dispensed</em>' attribute.
	 * @see #getServicesDispensed()
	 * @generated
	 */
	void setServicesDispensed(Long value);

	/**
	 * Returns the value of the '<em><b>Non Beneficiary Services</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Services of the category dispensed to people who are not beneficiaries (for E.2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Non Beneficiary Services</em>' attribute.
	 * @see #setNonBeneficiaryServices(Long)
	 * @see org.hmis.eval.model.ModelPackage#getProviderActivity_NonBeneficiaryServices()
	 * @model
	 * @generated
	 */
	Long getNonBeneficiaryServices();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ProviderActivity#getNonBeneficiaryServices <em>Non Beneficiary Services</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Non Beneficiary Services</em>' attribute.
	 * @see #getNonBeneficiaryServices()
	 * @generated
	 */
	void setNonBeneficiaryServices(Long value);

	/**
	 * Returns the value of the '<em><b>Non Beneficiary Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Population, beneficiaries excluded, that the provider serves (for E.2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Non Beneficiary Population</em>' attribute.
	 * @see #setNonBeneficiaryPopulation(Long)
	 * @see org.hmis.eval.model.ModelPackage#getProviderActivity_NonBeneficiaryPopulation()
	 * @model
	 * @generated
	 */
	Long getNonBeneficiaryPopulation();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ProviderActivity#getNonBeneficiaryPopulation <em>Non Beneficiary Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Non Beneficiary Population</em>' attribute.
	 * @see #getNonBeneficiaryPopulation()
	 * @generated
	 */
	void setNonBeneficiaryPopulation(Long value);

	/**
	 * Returns the value of the '<em><b>Average Copayment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Average co-payment a beneficiary pays for a claim of the category at this provider (Y of G.3.2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Average Copayment</em>' attribute.
	 * @see #setAverageCopayment(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getProviderActivity_AverageCopayment()
	 * @model
	 * @generated
	 */
	BigDecimal getAverageCopayment();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ProviderActivity#getAverageCopayment <em>Average Copayment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Average Copayment</em>' attribute.
	 * @see #getAverageCopayment()
	 * @generated
	 */
	void setAverageCopayment(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Non Beneficiary Average Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Average cost of the same claim invoiced to a non-beneficiary (Z of G.3.2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Non Beneficiary Average Cost</em>' attribute.
	 * @see #setNonBeneficiaryAverageCost(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getProviderActivity_NonBeneficiaryAverageCost()
	 * @model
	 * @generated
	 */
	BigDecimal getNonBeneficiaryAverageCost();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ProviderActivity#getNonBeneficiaryAverageCost <em>Non Beneficiary Average Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Non Beneficiary Average Cost</em>' attribute.
	 * @see #getNonBeneficiaryAverageCost()
	 * @generated
	 */
	void setNonBeneficiaryAverageCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Copayments Received</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Co-payments the provider received from beneficiaries over the year (Y of I.2; on the provider's ALL row).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Copayments Received</em>' attribute.
	 * @see #setCopaymentsReceived(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getProviderActivity_CopaymentsReceived()
	 * @model
	 * @generated
	 */
	BigDecimal getCopaymentsReceived();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ProviderActivity#getCopaymentsReceived <em>Copayments Received</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Copayments Received</em>' attribute.
	 * @see #getCopaymentsReceived()
	 * @generated
	 */
	void setCopaymentsReceived(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Total Income</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The provider's total income over the year (Z of I.2; on the provider's ALL row).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total Income</em>' attribute.
	 * @see #setTotalIncome(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getProviderActivity_TotalIncome()
	 * @model
	 * @generated
	 */
	BigDecimal getTotalIncome();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ProviderActivity#getTotalIncome <em>Total Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Income</em>' attribute.
	 * @see #getTotalIncome()
	 * @generated
	 */
	void setTotalIncome(BigDecimal value);

} // ProviderActivity
