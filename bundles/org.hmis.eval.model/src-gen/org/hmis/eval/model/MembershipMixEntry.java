/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Membership Mix Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How many beneficiaries are covered under one combination of membership type and unit.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.MembershipMixEntry#getMembershipType <em>Membership Type</em>}</li>
 *   <li>{@link org.hmis.eval.model.MembershipMixEntry#getMembershipUnit <em>Membership Unit</em>}</li>
 *   <li>{@link org.hmis.eval.model.MembershipMixEntry#getBeneficiaries <em>Beneficiaries</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getMembershipMixEntry()
 * @model
 * @generated
 */
public interface MembershipMixEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Membership Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * voluntary, compulsory or automatic.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Membership Type</em>' attribute.
	 * @see #setMembershipType(String)
	 * @see org.hmis.eval.model.ModelPackage#getMembershipMixEntry_MembershipType()
	 * @model
	 * @generated
	 */
	String getMembershipType();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MembershipMixEntry#getMembershipType <em>Membership Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Membership Type</em>' attribute.
	 * @see #getMembershipType()
	 * @generated
	 */
	void setMembershipType(String value);

	/**
	 * Returns the value of the '<em><b>Membership Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * individual, family or group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Membership Unit</em>' attribute.
	 * @see #setMembershipUnit(String)
	 * @see org.hmis.eval.model.ModelPackage#getMembershipMixEntry_MembershipUnit()
	 * @model
	 * @generated
	 */
	String getMembershipUnit();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MembershipMixEntry#getMembershipUnit <em>Membership Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Membership Unit</em>' attribute.
	 * @see #getMembershipUnit()
	 * @generated
	 */
	void setMembershipUnit(String value);

	/**
	 * Returns the value of the '<em><b>Beneficiaries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of beneficiaries covered that way.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beneficiaries</em>' attribute.
	 * @see #setBeneficiaries(long)
	 * @see org.hmis.eval.model.ModelPackage#getMembershipMixEntry_Beneficiaries()
	 * @model
	 * @generated
	 */
	long getBeneficiaries();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MembershipMixEntry#getBeneficiaries <em>Beneficiaries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beneficiaries</em>' attribute.
	 * @see #getBeneficiaries()
	 * @generated
	 */
	void setBeneficiaries(long value);

} // MembershipMixEntry
