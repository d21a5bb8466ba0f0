/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contract Analysis Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One item of Table 20 for one group of similar provider contracts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.ContractAnalysisItem#getContractGroup <em>Contract Group</em>}</li>
 *   <li>{@link org.hmis.eval.model.ContractAnalysisItem#getItem <em>Item</em>}</li>
 *   <li>{@link org.hmis.eval.model.ContractAnalysisItem#isCovered <em>Covered</em>}</li>
 *   <li>{@link org.hmis.eval.model.ContractAnalysisItem#getRemark <em>Remark</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getContractAnalysisItem()
 * @model
 * @generated
 */
public interface ContractAnalysisItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Contract Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group of similar contracts (e.g. health centres, hospital).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contract Group</em>' attribute.
	 * @see #setContractGroup(String)
	 * @see org.hmis.eval.model.ModelPackage#getContractAnalysisItem_ContractGroup()
	 * @model
	 * @generated
	 */
	String getContractGroup();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ContractAnalysisItem#getContractGroup <em>Contract Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contract Group</em>' attribute.
	 * @see #getContractGroup()
	 * @generated
	 */
	void setContractGroup(String value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of the item in the reference list.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item</em>' attribute.
	 * @see #setItem(String)
	 * @see org.hmis.eval.model.ModelPackage#getContractAnalysisItem_Item()
	 * @model
	 * @generated
	 */
	String getItem();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ContractAnalysisItem#getItem <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' attribute.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(String value);

	/**
	 * Returns the value of the '<em><b>Covered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the contracts cover the item.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Covered</em>' attribute.
	 * @see #setCovered(boolean)
	 * @see org.hmis.eval.model.ModelPackage#getContractAnalysisItem_Covered()
	 * @model
	 * @generated
	 */
	boolean isCovered();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ContractAnalysisItem#isCovered <em>Covered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Covered</em>' attribute.
	 * @see #isCovered()
	 * @generated
	 */
	void setCovered(boolean value);

	/**
	 * Returns the value of the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remarks: detail of services, completeness of fees, payment method, deadlines...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remark</em>' attribute.
	 * @see #setRemark(String)
	 * @see org.hmis.eval.model.ModelPackage#getContractAnalysisItem_Remark()
	 * @model
	 * @generated
	 */
	String getRemark();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.ContractAnalysisItem#getRemark <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remark</em>' attribute.
	 * @see #getRemark()
	 * @generated
	 */
	void setRemark(String value);

} // ContractAnalysisItem
