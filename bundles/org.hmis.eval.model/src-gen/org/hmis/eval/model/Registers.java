/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.ecore.EObject;

import org.hmis.eval.model.registers.RegisterTables;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Registers</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The registers a scheme keeps (contracts, beneficiaries, premium payments, claims). A national union keeps millions of rows, so they are held in columns (RegisterTables), not as one object per row, and saved beside the evaluation document rather than inside it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.Registers#getTables <em>Tables</em>}</li>
 *   <li>{@link org.hmis.eval.model.Registers#getDigest <em>Digest</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getRegisters()
 * @model
 * @generated
 */
public interface Registers extends EObject {
	/**
	 * Returns the value of the '<em><b>Tables</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rows of the four registers, column by column. Replaced as a whole (an import, a correction), never edited in place.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tables</em>' attribute.
	 * @see #setTables(RegisterTables)
	 * @see org.hmis.eval.model.ModelPackage#getRegisters_Tables()
	 * @model dataType="org.hmis.eval.model.RegisterTables" transient="true"
	 * @generated
	 */
	RegisterTables getTables();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Registers#getTables <em>Tables</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tables</em>' attribute.
	 * @see #getTables()
	 * @generated
	 */
	void setTables(RegisterTables value);

	/**
	 * Returns the value of the '<em><b>Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Content digest of the saved register tables: names the file that holds them beside a saved evaluation, and lets a reader check that it got the tables this document was saved with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Digest</em>' attribute.
	 * @see #setDigest(String)
	 * @see org.hmis.eval.model.ModelPackage#getRegisters_Digest()
	 * @model
	 * @generated
	 */
	String getDigest();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Registers#getDigest <em>Digest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Digest</em>' attribute.
	 * @see #getDigest()
	 * @generated
	 */
	void setDigest(String value);

} // Registers
