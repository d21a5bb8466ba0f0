/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Beneficiary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person entitled to benefits through a member's contract.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.Beneficiary#getBeneficiaryId <em>Beneficiary Id</em>}</li>
 *   <li>{@link org.hmis.eval.model.Beneficiary#getMemberId <em>Member Id</em>}</li>
 *   <li>{@link org.hmis.eval.model.Beneficiary#getRole <em>Role</em>}</li>
 *   <li>{@link org.hmis.eval.model.Beneficiary#getSex <em>Sex</em>}</li>
 *   <li>{@link org.hmis.eval.model.Beneficiary#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.Beneficiary#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.Beneficiary#getEndDate <em>End Date</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getBeneficiary()
 * @model
 * @generated
 */
public interface Beneficiary extends EObject {
	/**
	 * Returns the value of the '<em><b>Beneficiary Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of the beneficiary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beneficiary Id</em>' attribute.
	 * @see #setBeneficiaryId(String)
	 * @see org.hmis.eval.model.ModelPackage#getBeneficiary_BeneficiaryId()
	 * @model
	 * @generated
	 */
	String getBeneficiaryId();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Beneficiary#getBeneficiaryId <em>Beneficiary Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beneficiary Id</em>' attribute.
	 * @see #getBeneficiaryId()
	 * @generated
	 */
	void setBeneficiaryId(String value);

	/**
	 * Returns the value of the '<em><b>Member Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Member through whom the person is covered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Member Id</em>' attribute.
	 * @see #setMemberId(String)
	 * @see org.hmis.eval.model.ModelPackage#getBeneficiary_MemberId()
	 * @model
	 * @generated
	 */
	String getMemberId();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Beneficiary#getMemberId <em>Member Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member Id</em>' attribute.
	 * @see #getMemberId()
	 * @generated
	 */
	void setMemberId(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * member (the contract holder) or dependent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.hmis.eval.model.ModelPackage#getBeneficiary_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Beneficiary#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * F or M.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sex</em>' attribute.
	 * @see #setSex(String)
	 * @see org.hmis.eval.model.ModelPackage#getBeneficiary_Sex()
	 * @model
	 * @generated
	 */
	String getSex();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Beneficiary#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex</em>' attribute.
	 * @see #getSex()
	 * @generated
	 */
	void setSex(String value);

	/**
	 * Returns the value of the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of birth, for the age groups of I.4.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Birth Date</em>' attribute.
	 * @see #setBirthDate(LocalDate)
	 * @see org.hmis.eval.model.ModelPackage#getBeneficiary_BirthDate()
	 * @model dataType="org.hmis.eval.model.LocalDate"
	 * @generated
	 */
	LocalDate getBirthDate();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Beneficiary#getBirthDate <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Date</em>' attribute.
	 * @see #getBirthDate()
	 * @generated
	 */
	void setBirthDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day the person is covered, when later than the member's contract.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.hmis.eval.model.ModelPackage#getBeneficiary_StartDate()
	 * @model dataType="org.hmis.eval.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Beneficiary#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day the person is covered, when earlier than the member's contract.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.hmis.eval.model.ModelPackage#getBeneficiary_EndDate()
	 * @model dataType="org.hmis.eval.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Beneficiary#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

} // Beneficiary
