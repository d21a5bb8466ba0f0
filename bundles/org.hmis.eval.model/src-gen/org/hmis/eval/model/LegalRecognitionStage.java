/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Legal Recognition Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One of the five stages of Table 21.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.LegalRecognitionStage#getStage <em>Stage</em>}</li>
 *   <li>{@link org.hmis.eval.model.LegalRecognitionStage#isMet <em>Met</em>}</li>
 *   <li>{@link org.hmis.eval.model.LegalRecognitionStage#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getLegalRecognitionStage()
 * @model
 * @generated
 */
public interface LegalRecognitionStage extends EObject {
	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stage number, 1 to 5.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see #setStage(int)
	 * @see org.hmis.eval.model.ModelPackage#getLegalRecognitionStage_Stage()
	 * @model
	 * @generated
	 */
	int getStage();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.LegalRecognitionStage#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(int value);

	/**
	 * Returns the value of the '<em><b>Met</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the responsible organization has reached the stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Met</em>' attribute.
	 * @see #setMet(boolean)
	 * @see org.hmis.eval.model.ModelPackage#getLegalRecognitionStage_Met()
	 * @model
	 * @generated
	 */
	boolean isMet();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.LegalRecognitionStage#isMet <em>Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Met</em>' attribute.
	 * @see #isMet()
	 * @generated
	 */
	void setMet(boolean value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Document seen (statutes, deposit slip, registration number, legal act...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.hmis.eval.model.ModelPackage#getLegalRecognitionStage_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.LegalRecognitionStage#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

} // LegalRecognitionStage
