/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Registers</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The registers a scheme keeps, one entry per contract, beneficiary, premium payment and claim.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.Registers#getContracts <em>Contracts</em>}</li>
 *   <li>{@link org.hmis.eval.model.Registers#getBeneficiaries <em>Beneficiaries</em>}</li>
 *   <li>{@link org.hmis.eval.model.Registers#getPayments <em>Payments</em>}</li>
 *   <li>{@link org.hmis.eval.model.Registers#getClaims <em>Claims</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getRegisters()
 * @model
 * @generated
 */
public interface Registers extends EObject {
	/**
	 * Returns the value of the '<em><b>Contracts</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.Contract}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membership contracts: one per member and period of cover.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contracts</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getRegisters_Contracts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contract> getContracts();

	/**
	 * Returns the value of the '<em><b>Beneficiaries</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.Beneficiary}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People covered: members themselves and their dependants.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beneficiaries</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getRegisters_Beneficiaries()
	 * @model containment="true"
	 * @generated
	 */
	EList<Beneficiary> getBeneficiaries();

	/**
	 * Returns the value of the '<em><b>Payments</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.Payment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Premium payments received from members.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Payments</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getRegisters_Payments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Payment> getPayments();

	/**
	 * Returns the value of the '<em><b>Claims</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.Claim}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Claims for care received by beneficiaries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Claims</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getRegisters_Claims()
	 * @model containment="true"
	 * @generated
	 */
	EList<Claim> getClaims();

} // Registers
