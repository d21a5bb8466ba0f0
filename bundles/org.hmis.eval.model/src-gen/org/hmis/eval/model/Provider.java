/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provider</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A care provider of the scheme: a health centre, a hospital, a pharmacy...
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.Provider#getName <em>Name</em>}</li>
 *   <li>{@link org.hmis.eval.model.Provider#getKind <em>Kind</em>}</li>
 *   <li>{@link org.hmis.eval.model.Provider#getOfferedCategories <em>Offered Categories</em>}</li>
 *   <li>{@link org.hmis.eval.model.Provider#isContracted <em>Contracted</em>}</li>
 *   <li>{@link org.hmis.eval.model.Provider#getRemark <em>Remark</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getProvider()
 * @model
 * @generated
 */
public interface Provider extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the provider, as claims and Table 8 write it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hmis.eval.model.ModelPackage#getProvider_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Provider#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of provider (health_centre, hospital, pharmacy, laboratory or another word).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.hmis.eval.model.ModelPackage#getProvider_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Provider#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Offered Categories</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codes of the service categories the provider offers to beneficiaries; empty when not recorded (then every category is accepted).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offered Categories</em>' attribute list.
	 * @see org.hmis.eval.model.ModelPackage#getProvider_OfferedCategories()
	 * @model
	 * @generated
	 */
	EList<String> getOfferedCategories();

	/**
	 * Returns the value of the '<em><b>Contracted</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the scheme has an agreement (contract) with this provider.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contracted</em>' attribute.
	 * @see #setContracted(boolean)
	 * @see org.hmis.eval.model.ModelPackage#getProvider_Contracted()
	 * @model default="true"
	 * @generated
	 */
	boolean isContracted();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Provider#isContracted <em>Contracted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contracted</em>' attribute.
	 * @see #isContracted()
	 * @generated
	 */
	void setContracted(boolean value);

	/**
	 * Returns the value of the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free remark.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remark</em>' attribute.
	 * @see #setRemark(String)
	 * @see org.hmis.eval.model.ModelPackage#getProvider_Remark()
	 * @model
	 * @generated
	 */
	String getRemark();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Provider#getRemark <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remark</em>' attribute.
	 * @see #getRemark()
	 * @generated
	 */
	void setRemark(String value);

} // Provider
