/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checklist Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Whether one item of an assessment checklist is met, with the evaluator's remark.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.ChecklistAnswer#getChecklist <em>Checklist</em>}</li>
 *   <li>{@link org.hmis.eval.model.ChecklistAnswer#getItem <em>Item</em>}</li>
 *   <li>{@link org.hmis.eval.model.ChecklistAnswer#isMet <em>Met</em>}</li>
 *   <li>{@link org.hmis.eval.model.ChecklistAnswer#getRemark <em>Remark</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getChecklistAnswer()
 * @model
 * @generated
 */
public interface ChecklistAnswer extends EObject {
	/**
	 * Returns the value of the '<em><b>Checklist</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of the checklist (T.1.1, T.3.single, H.1, F.8...), as in the checklist catalog.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checklist</em>' attribute.
	 * @see #setChecklist(String)
	 * @see org.hmis.eval.model.ModelPackage#getChecklistAnswer_Checklist()
	 * @model
	 * @generated
	 */
	String getChecklist();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ChecklistAnswer#getChecklist <em>Checklist</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checklist</em>' attribute.
	 * @see #getChecklist()
	 * @generated
	 */
	void setChecklist(String value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of the item within the checklist, from 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item</em>' attribute.
	 * @see #setItem(int)
	 * @see org.hmis.eval.model.ModelPackage#getChecklistAnswer_Item()
	 * @model
	 * @generated
	 */
	int getItem();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ChecklistAnswer#getItem <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' attribute.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(int value);

	/**
	 * Returns the value of the '<em><b>Met</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the scheme meets the item (the information is in its tools, or the activity is carried out).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Met</em>' attribute.
	 * @see #setMet(boolean)
	 * @see org.hmis.eval.model.ModelPackage#getChecklistAnswer_Met()
	 * @model
	 * @generated
	 */
	boolean isMet();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ChecklistAnswer#isMet <em>Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Met</em>' attribute.
	 * @see #isMet()
	 * @generated
	 */
	void setMet(boolean value);

	/**
	 * Returns the value of the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evaluator's remark: evidence seen, frequency, quality.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remark</em>' attribute.
	 * @see #setRemark(String)
	 * @see org.hmis.eval.model.ModelPackage#getChecklistAnswer_Remark()
	 * @model
	 * @generated
	 */
	String getRemark();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ChecklistAnswer#getRemark <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remark</em>' attribute.
	 * @see #getRemark()
	 * @generated
	 */
	void setRemark(String value);

} // ChecklistAnswer
