/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

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

} // ProviderActivity
