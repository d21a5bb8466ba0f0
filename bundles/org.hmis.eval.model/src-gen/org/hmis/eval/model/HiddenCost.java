/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hidden Cost</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An activity carried out for the scheme whose cost the scheme does not pay itself,
 * with an estimate of what it would cost if it did.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.HiddenCost#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.hmis.eval.model.HiddenCost#getEstimatedCost <em>Estimated Cost</em>}</li>
 *   <li>{@link org.hmis.eval.model.HiddenCost#isIncluded <em>Included</em>}</li>
 *   <li>{@link org.hmis.eval.model.HiddenCost#isTraining <em>Training</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getHiddenCost()
 * @model
 * @generated
 */
public interface HiddenCost extends EObject {
	/**
	 * Returns the value of the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short description of the activity, e.g. premium collection by volunteers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activity</em>' attribute.
	 * @see #setActivity(String)
	 * @see org.hmis.eval.model.ModelPackage#getHiddenCost_Activity()
	 * @model
	 * @generated
	 */
	String getActivity();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.HiddenCost#getActivity <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity</em>' attribute.
	 * @see #getActivity()
	 * @generated
	 */
	void setActivity(String value);

	/**
	 * Returns the value of the '<em><b>Estimated Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Estimated yearly cost of the activity in the scheme's currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimated Cost</em>' attribute.
	 * @see #setEstimatedCost(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getHiddenCost_EstimatedCost()
	 * @model
	 * @generated
	 */
	BigDecimal getEstimatedCost();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.HiddenCost#getEstimatedCost <em>Estimated Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimated Cost</em>' attribute.
	 * @see #getEstimatedCost()
	 * @generated
	 */
	void setEstimatedCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Included</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this cost is taken into account when computing the indicators that add hidden costs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Included</em>' attribute.
	 * @see #setIncluded(boolean)
	 * @see org.hmis.eval.model.ModelPackage#getHiddenCost_Included()
	 * @model default="true"
	 * @generated
	 */
	boolean isIncluded();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.HiddenCost#isIncluded <em>Included</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Included</em>' attribute.
	 * @see #isIncluded()
	 * @generated
	 */
	void setIncluded(boolean value);

	/**
	 * Returns the value of the '<em><b>Training</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the activity is training, which some indicators treat separately from running costs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Training</em>' attribute.
	 * @see #setTraining(boolean)
	 * @see org.hmis.eval.model.ModelPackage#getHiddenCost_Training()
	 * @model default="false"
	 * @generated
	 */
	boolean isTraining();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.HiddenCost#isTraining <em>Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training</em>' attribute.
	 * @see #isTraining()
	 * @generated
	 */
	void setTraining(boolean value);

} // HiddenCost
