/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Membership Averages</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Annual averages entered directly, as evaluators often have them for past years. When the year also has a complete monthly sheet, the averages of the sheet are used.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.MembershipAverages#getMembers <em>Members</em>}</li>
 *   <li>{@link org.hmis.eval.model.MembershipAverages#getBeneficiaries <em>Beneficiaries</em>}</li>
 *   <li>{@link org.hmis.eval.model.MembershipAverages#getDependents <em>Dependents</em>}</li>
 *   <li>{@link org.hmis.eval.model.MembershipAverages#getMembersOldAreas <em>Members Old Areas</em>}</li>
 *   <li>{@link org.hmis.eval.model.MembershipAverages#getMembersNewAreas <em>Members New Areas</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getMembershipAverages()
 * @model
 * @generated
 */
public interface MembershipAverages extends EObject {
	/**
	 * Returns the value of the '<em><b>Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Annual average number of members.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' attribute.
	 * @see #setMembers(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getMembershipAverages_Members()
	 * @model
	 * @generated
	 */
	BigDecimal getMembers();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MembershipAverages#getMembers <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Members</em>' attribute.
	 * @see #getMembers()
	 * @generated
	 */
	void setMembers(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Beneficiaries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Annual average number of beneficiaries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beneficiaries</em>' attribute.
	 * @see #setBeneficiaries(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getMembershipAverages_Beneficiaries()
	 * @model
	 * @generated
	 */
	BigDecimal getBeneficiaries();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MembershipAverages#getBeneficiaries <em>Beneficiaries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beneficiaries</em>' attribute.
	 * @see #getBeneficiaries()
	 * @generated
	 */
	void setBeneficiaries(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Dependents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Annual average number of dependants.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dependents</em>' attribute.
	 * @see #setDependents(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getMembershipAverages_Dependents()
	 * @model
	 * @generated
	 */
	BigDecimal getDependents();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MembershipAverages#getDependents <em>Dependents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dependents</em>' attribute.
	 * @see #getDependents()
	 * @generated
	 */
	void setDependents(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Members Old Areas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Annual average number of members in areas already covered the year before (for M.3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members Old Areas</em>' attribute.
	 * @see #setMembersOldAreas(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getMembershipAverages_MembersOldAreas()
	 * @model
	 * @generated
	 */
	BigDecimal getMembersOldAreas();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MembershipAverages#getMembersOldAreas <em>Members Old Areas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Members Old Areas</em>' attribute.
	 * @see #getMembersOldAreas()
	 * @generated
	 */
	void setMembersOldAreas(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Members New Areas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Annual average number of members in areas entered this year (for M.4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members New Areas</em>' attribute.
	 * @see #setMembersNewAreas(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getMembershipAverages_MembersNewAreas()
	 * @model
	 * @generated
	 */
	BigDecimal getMembersNewAreas();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.MembershipAverages#getMembersNewAreas <em>Members New Areas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Members New Areas</em>' attribute.
	 * @see #getMembersNewAreas()
	 * @generated
	 */
	void setMembersNewAreas(BigDecimal value);

} // MembershipAverages
