/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Survey Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One case of a survey or sample, for a beneficiary or a non-beneficiary: the two dates whose difference is measured, and a cost where the survey records one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.SurveyCase#getSurvey <em>Survey</em>}</li>
 *   <li>{@link org.hmis.eval.model.SurveyCase#getGroup <em>Group</em>}</li>
 *   <li>{@link org.hmis.eval.model.SurveyCase#getCaseId <em>Case Id</em>}</li>
 *   <li>{@link org.hmis.eval.model.SurveyCase#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.SurveyCase#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.SurveyCase#getCost <em>Cost</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getSurveyCase()
 * @model
 * @generated
 */
public interface SurveyCase extends EObject {
	/**
	 * Returns the value of the '<em><b>Survey</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hmis.eval.model.SurveyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * latent_period (onset of illness to care, E.3), length_of_stay (admission to discharge, E.4) or hospital_cost (E.5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Survey</em>' attribute.
	 * @see org.hmis.eval.model.SurveyKind
	 * @see #setSurvey(SurveyKind)
	 * @see org.hmis.eval.model.ModelPackage#getSurveyCase_Survey()
	 * @model
	 * @generated
	 */
	SurveyKind getSurvey();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.SurveyCase#getSurvey <em>Survey</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Survey</em>' attribute.
	 * @see org.hmis.eval.model.SurveyKind
	 * @see #getSurvey()
	 * @generated
	 */
	void setSurvey(SurveyKind value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hmis.eval.model.SurveyGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * beneficiary or non_beneficiary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see org.hmis.eval.model.SurveyGroup
	 * @see #setGroup(SurveyGroup)
	 * @see org.hmis.eval.model.ModelPackage#getSurveyCase_Group()
	 * @model
	 * @generated
	 */
	SurveyGroup getGroup();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.SurveyCase#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see org.hmis.eval.model.SurveyGroup
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(SurveyGroup value);

	/**
	 * Returns the value of the '<em><b>Case Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of the case within the survey.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Case Id</em>' attribute.
	 * @see #setCaseId(String)
	 * @see org.hmis.eval.model.ModelPackage#getSurveyCase_CaseId()
	 * @model
	 * @generated
	 */
	String getCaseId();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.SurveyCase#getCaseId <em>Case Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Id</em>' attribute.
	 * @see #getCaseId()
	 * @generated
	 */
	void setCaseId(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Onset of illness (latent period) or admission date (length of stay).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.hmis.eval.model.ModelPackage#getSurveyCase_StartDate()
	 * @model dataType="org.hmis.eval.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.SurveyCase#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date care was obtained (latent period) or discharge date (length of stay).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.hmis.eval.model.ModelPackage#getSurveyCase_EndDate()
	 * @model dataType="org.hmis.eval.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.SurveyCase#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost of the stay (hospital_cost).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getSurveyCase_Cost()
	 * @model
	 * @generated
	 */
	BigDecimal getCost();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.SurveyCase#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(BigDecimal value);

} // SurveyCase
