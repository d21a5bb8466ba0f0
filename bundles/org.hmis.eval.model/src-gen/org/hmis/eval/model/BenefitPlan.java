/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Benefit Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A benefit plan (package) of the scheme: its premium and the service categories it covers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.BenefitPlan#getCode <em>Code</em>}</li>
 *   <li>{@link org.hmis.eval.model.BenefitPlan#getLabel <em>Label</em>}</li>
 *   <li>{@link org.hmis.eval.model.BenefitPlan#getPremium <em>Premium</em>}</li>
 *   <li>{@link org.hmis.eval.model.BenefitPlan#getCoveredCategories <em>Covered Categories</em>}</li>
 *   <li>{@link org.hmis.eval.model.BenefitPlan#getRemark <em>Remark</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getBenefitPlan()
 * @model
 * @generated
 */
public interface BenefitPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of the plan, as the contracts register writes it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.hmis.eval.model.ModelPackage#getBenefitPlan_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.BenefitPlan#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.hmis.eval.model.ModelPackage#getBenefitPlan_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.BenefitPlan#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Premium</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Premium of one contract of the plan for one year, when the plan has a single premium.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Premium</em>' attribute.
	 * @see #setPremium(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getBenefitPlan_Premium()
	 * @model
	 * @generated
	 */
	BigDecimal getPremium();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.BenefitPlan#getPremium <em>Premium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Premium</em>' attribute.
	 * @see #getPremium()
	 * @generated
	 */
	void setPremium(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Covered Categories</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codes of the service categories the plan covers; empty when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Covered Categories</em>' attribute list.
	 * @see org.hmis.eval.model.ModelPackage#getBenefitPlan_CoveredCategories()
	 * @model
	 * @generated
	 */
	EList<String> getCoveredCategories();

	/**
	 * Returns the value of the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free remark.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remark</em>' attribute.
	 * @see #setRemark(String)
	 * @see org.hmis.eval.model.ModelPackage#getBenefitPlan_Remark()
	 * @model
	 * @generated
	 */
	String getRemark();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.BenefitPlan#getRemark <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remark</em>' attribute.
	 * @see #getRemark()
	 * @generated
	 */
	void setRemark(String value);

} // BenefitPlan
