/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exclusion Survey</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a household survey found for one group: how many cases of illness it counted and in how many the patient went without care for lack of money.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.ExclusionSurvey#getGroup <em>Group</em>}</li>
 *   <li>{@link org.hmis.eval.model.ExclusionSurvey#getPatients <em>Patients</em>}</li>
 *   <li>{@link org.hmis.eval.model.ExclusionSurvey#getExcludedForMoney <em>Excluded For Money</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getExclusionSurvey()
 * @model
 * @generated
 */
public interface ExclusionSurvey extends EObject {
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
	 * @see org.hmis.eval.model.ModelPackage#getExclusionSurvey_Group()
	 * @model
	 * @generated
	 */
	SurveyGroup getGroup();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ExclusionSurvey#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see org.hmis.eval.model.SurveyGroup
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(SurveyGroup value);

	/**
	 * Returns the value of the '<em><b>Patients</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cases of illness (patients) the survey counted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patients</em>' attribute.
	 * @see #setPatients(Long)
	 * @see org.hmis.eval.model.ModelPackage#getExclusionSurvey_Patients()
	 * @model
	 * @generated
	 */
	Long getPatients();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ExclusionSurvey#getPatients <em>Patients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patients</em>' attribute.
	 * @see #getPatients()
	 * @generated
	 */
	void setPatients(Long value);

	/**
	 * Returns the value of the '<em><b>Excluded For Money</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cases in which the patient did not get care for lack of money.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Excluded For Money</em>' attribute.
	 * @see #setExcludedForMoney(Long)
	 * @see org.hmis.eval.model.ModelPackage#getExclusionSurvey_ExcludedForMoney()
	 * @model
	 * @generated
	 */
	Long getExcludedForMoney();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ExclusionSurvey#getExcludedForMoney <em>Excluded For Money</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Excluded For Money</em>' attribute.
	 * @see #getExcludedForMoney()
	 * @generated
	 */
	void setExcludedForMoney(Long value);

} // ExclusionSurvey
