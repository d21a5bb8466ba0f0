/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Management Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One line of Table 15.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.ManagementTool#getTool <em>Tool</em>}</li>
 *   <li>{@link org.hmis.eval.model.ManagementTool#isUsed <em>Used</em>}</li>
 *   <li>{@link org.hmis.eval.model.ManagementTool#getAssessment <em>Assessment</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getManagementTool()
 * @model
 * @generated
 */
public interface ManagementTool extends EObject {
	/**
	 * Returns the value of the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of the tool in the reference list, or the tool's own name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tool</em>' attribute.
	 * @see #setTool(String)
	 * @see org.hmis.eval.model.ModelPackage#getManagementTool_Tool()
	 * @model
	 * @generated
	 */
	String getTool();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ManagementTool#getTool <em>Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tool</em>' attribute.
	 * @see #getTool()
	 * @generated
	 */
	void setTool(String value);

	/**
	 * Returns the value of the '<em><b>Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the scheme uses the tool.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Used</em>' attribute.
	 * @see #setUsed(boolean)
	 * @see org.hmis.eval.model.ModelPackage#getManagementTool_Used()
	 * @model
	 * @generated
	 */
	boolean isUsed();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ManagementTool#isUsed <em>Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Used</em>' attribute.
	 * @see #isUsed()
	 * @generated
	 */
	void setUsed(boolean value);

	/**
	 * Returns the value of the '<em><b>Assessment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the tool is used: update frequency, quality of entries, summaries drawn from it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessment</em>' attribute.
	 * @see #setAssessment(String)
	 * @see org.hmis.eval.model.ModelPackage#getManagementTool_Assessment()
	 * @model
	 * @generated
	 */
	String getAssessment();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ManagementTool#getAssessment <em>Assessment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessment</em>' attribute.
	 * @see #getAssessment()
	 * @generated
	 */
	void setAssessment(String value);

} // ManagementTool
