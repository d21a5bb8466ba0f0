/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Investment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One line of Table 14: an asset class the scheme's funds are placed in.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.Investment#getAssetClass <em>Asset Class</em>}</li>
 *   <li>{@link org.hmis.eval.model.Investment#getBookValue <em>Book Value</em>}</li>
 *   <li>{@link org.hmis.eval.model.Investment#getMarketValue <em>Market Value</em>}</li>
 *   <li>{@link org.hmis.eval.model.Investment#getExpectedYield <em>Expected Yield</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getInvestment()
 * @model
 * @generated
 */
public interface Investment extends EObject {
	/**
	 * Returns the value of the '<em><b>Asset Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Asset class (savings account, term deposit, bonds...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Asset Class</em>' attribute.
	 * @see #setAssetClass(String)
	 * @see org.hmis.eval.model.ModelPackage#getInvestment_AssetClass()
	 * @model
	 * @generated
	 */
	String getAssetClass();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Investment#getAssetClass <em>Asset Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asset Class</em>' attribute.
	 * @see #getAssetClass()
	 * @generated
	 */
	void setAssetClass(String value);

	/**
	 * Returns the value of the '<em><b>Book Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Book value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Book Value</em>' attribute.
	 * @see #setBookValue(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getInvestment_BookValue()
	 * @model
	 * @generated
	 */
	BigDecimal getBookValue();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Investment#getBookValue <em>Book Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Book Value</em>' attribute.
	 * @see #getBookValue()
	 * @generated
	 */
	void setBookValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Market Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Current market value, when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Market Value</em>' attribute.
	 * @see #setMarketValue(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getInvestment_MarketValue()
	 * @model
	 * @generated
	 */
	BigDecimal getMarketValue();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Investment#getMarketValue <em>Market Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Market Value</em>' attribute.
	 * @see #getMarketValue()
	 * @generated
	 */
	void setMarketValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Expected Yield</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected yield, as a fraction (0.05 = 5 %).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected Yield</em>' attribute.
	 * @see #setExpectedYield(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getInvestment_ExpectedYield()
	 * @model
	 * @generated
	 */
	BigDecimal getExpectedYield();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Investment#getExpectedYield <em>Expected Yield</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Yield</em>' attribute.
	 * @see #getExpectedYield()
	 * @generated
	 */
	void setExpectedYield(BigDecimal value);

} // Investment
