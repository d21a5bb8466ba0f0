/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One cell of a role table: the structure and actors performing a function.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.RoleAssignment#getCopy <em>Copy</em>}</li>
 *   <li>{@link org.hmis.eval.model.RoleAssignment#getFunction <em>Function</em>}</li>
 *   <li>{@link org.hmis.eval.model.RoleAssignment#getStructure <em>Structure</em>}</li>
 *   <li>{@link org.hmis.eval.model.RoleAssignment#getActors <em>Actors</em>}</li>
 *   <li>{@link org.hmis.eval.model.RoleAssignment#isUncertain <em>Uncertain</em>}</li>
 *   <li>{@link org.hmis.eval.model.RoleAssignment#getRemark <em>Remark</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getRoleAssignment()
 * @model
 * @generated
 */
public interface RoleAssignment extends EObject {
	/**
	 * Returns the value of the '<em><b>Copy</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hmis.eval.model.RoleTableCopy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * theoretical (Table 19a, from the regulations) or actual (Table 19b, from practice).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Copy</em>' attribute.
	 * @see org.hmis.eval.model.RoleTableCopy
	 * @see #setCopy(RoleTableCopy)
	 * @see org.hmis.eval.model.ModelPackage#getRoleAssignment_Copy()
	 * @model
	 * @generated
	 */
	RoleTableCopy getCopy();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RoleAssignment#getCopy <em>Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Copy</em>' attribute.
	 * @see org.hmis.eval.model.RoleTableCopy
	 * @see #getCopy()
	 * @generated
	 */
	void setCopy(RoleTableCopy value);

	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of the function in the reference list, or the evaluator's own wording.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(String)
	 * @see org.hmis.eval.model.ModelPackage#getRoleAssignment_Function()
	 * @model
	 * @generated
	 */
	String getFunction();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RoleAssignment#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(String value);

	/**
	 * Returns the value of the '<em><b>Structure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Organizational structure (abbreviation) responsible.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Structure</em>' attribute.
	 * @see #setStructure(String)
	 * @see org.hmis.eval.model.ModelPackage#getRoleAssignment_Structure()
	 * @model
	 * @generated
	 */
	String getStructure();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RoleAssignment#getStructure <em>Structure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Structure</em>' attribute.
	 * @see #getStructure()
	 * @generated
	 */
	void setStructure(String value);

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actors within the structure (abbreviations).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actors</em>' attribute.
	 * @see #setActors(String)
	 * @see org.hmis.eval.model.ModelPackage#getRoleAssignment_Actors()
	 * @model
	 * @generated
	 */
	String getActors();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RoleAssignment#getActors <em>Actors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actors</em>' attribute.
	 * @see #getActors()
	 * @generated
	 */
	void setActors(String value);

	/**
	 * Returns the value of the '<em><b>Uncertain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the regulations are unclear about it (a question mark in the table).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uncertain</em>' attribute.
	 * @see #setUncertain(boolean)
	 * @see org.hmis.eval.model.ModelPackage#getRoleAssignment_Uncertain()
	 * @model
	 * @generated
	 */
	boolean isUncertain();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RoleAssignment#isUncertain <em>Uncertain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uncertain</em>' attribute.
	 * @see #isUncertain()
	 * @generated
	 */
	void setUncertain(boolean value);

	/**
	 * Returns the value of the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why it is uncertain, or any other remark.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remark</em>' attribute.
	 * @see #setRemark(String)
	 * @see org.hmis.eval.model.ModelPackage#getRoleAssignment_Remark()
	 * @model
	 * @generated
	 */
	String getRemark();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.RoleAssignment#getRemark <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remark</em>' attribute.
	 * @see #getRemark()
	 * @generated
	 */
	void setRemark(String value);

} // RoleAssignment
