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
	 * The literals are from the enumeration {@link org.hmis.eval.model.MembershipType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * voluntary, compulsory or automatic.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Membership Type</em>' attribute.
	 * @see org.hmis.eval.model.MembershipType
	 * @see #setMembershipType(MembershipType)
	 * @see org.hmis.eval.model.ModelPackage#getMembershipMixEntry_MembershipType()
	 * @model
	 * @generated
	 */
	MembershipType getMembershipType();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MembershipMixEntry#getMembershipType <em>Membership Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Membership Type</em>' attribute.
	 * @see org.hmis.eval.model.MembershipType
	 * @see #getMembershipType()
	 * @generated
	 */
	void setMembershipType(MembershipType value);

	/**
	 * Returns the value of the '<em><b>Membership Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hmis.eval.model.MembershipUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * individual, family or group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Membership Unit</em>' attribute.
	 * @see org.hmis.eval.model.MembershipUnit
	 * @see #setMembershipUnit(MembershipUnit)
	 * @see org.hmis.eval.model.ModelPackage#getMembershipMixEntry_MembershipUnit()
	 * @model
	 * @generated
	 */
	MembershipUnit getMembershipUnit();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MembershipMixEntry#getMembershipUnit <em>Membership Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Membership Unit</em>' attribute.
	 * @see org.hmis.eval.model.MembershipUnit
	 * @see #getMembershipUnit()
	 * @generated
	 */
	void setMembershipUnit(MembershipUnit value);

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
