/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contract</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One period of cover of a member, with the premium due for it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.Contract#getMemberId <em>Member Id</em>}</li>
 *   <li>{@link org.hmis.eval.model.Contract#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.Contract#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.Contract#getPremiumDue <em>Premium Due</em>}</li>
 *   <li>{@link org.hmis.eval.model.Contract#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.Contract#getMembershipType <em>Membership Type</em>}</li>
 *   <li>{@link org.hmis.eval.model.Contract#getMembershipUnit <em>Membership Unit</em>}</li>
 *   <li>{@link org.hmis.eval.model.Contract#getArea <em>Area</em>}</li>
 *   <li>{@link org.hmis.eval.model.Contract#getPromoter <em>Promoter</em>}</li>
 *   <li>{@link org.hmis.eval.model.Contract#getPlan <em>Plan</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getContract()
 * @model
 * @generated
 */
public interface Contract extends EObject {
	/**
	 * Returns the value of the '<em><b>Member Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of the member who holds the contract.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Member Id</em>' attribute.
	 * @see #setMemberId(String)
	 * @see org.hmis.eval.model.ModelPackage#getContract_MemberId()
	 * @model
	 * @generated
	 */
	String getMemberId();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Contract#getMemberId <em>Member Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member Id</em>' attribute.
	 * @see #getMemberId()
	 * @generated
	 */
	void setMemberId(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of cover.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.hmis.eval.model.ModelPackage#getContract_StartDate()
	 * @model dataType="org.hmis.eval.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Contract#getStartDate <em>Start Date</em>}' attribute.
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
	 * Last day of cover (inclusive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.hmis.eval.model.ModelPackage#getContract_EndDate()
	 * @model dataType="org.hmis.eval.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Contract#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Premium Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Premium due for the whole period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Premium Due</em>' attribute.
	 * @see #setPremiumDue(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getContract_PremiumDue()
	 * @model
	 * @generated
	 */
	BigDecimal getPremiumDue();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Contract#getPremiumDue <em>Premium Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Premium Due</em>' attribute.
	 * @see #getPremiumDue()
	 * @generated
	 */
	void setPremiumDue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date on which the premium falls due; the start date when not given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.hmis.eval.model.ModelPackage#getContract_DueDate()
	 * @model dataType="org.hmis.eval.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Contract#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Membership Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * voluntary, compulsory or automatic.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Membership Type</em>' attribute.
	 * @see #setMembershipType(String)
	 * @see org.hmis.eval.model.ModelPackage#getContract_MembershipType()
	 * @model
	 * @generated
	 */
	String getMembershipType();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Contract#getMembershipType <em>Membership Type</em>}' attribute.
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
	 * @see org.hmis.eval.model.ModelPackage#getContract_MembershipUnit()
	 * @model
	 * @generated
	 */
	String getMembershipUnit();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Contract#getMembershipUnit <em>Membership Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Membership Unit</em>' attribute.
	 * @see #getMembershipUnit()
	 * @generated
	 */
	void setMembershipUnit(String value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Area (village, district...) the member belongs to, for M.3 and M.4.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' attribute.
	 * @see #setArea(String)
	 * @see org.hmis.eval.model.ModelPackage#getContract_Area()
	 * @model
	 * @generated
	 */
	String getArea();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Contract#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(String value);

	/**
	 * Returns the value of the '<em><b>Promoter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Insurance promoter responsible for the member (Table 6).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Promoter</em>' attribute.
	 * @see #setPromoter(String)
	 * @see org.hmis.eval.model.ModelPackage#getContract_Promoter()
	 * @model
	 * @generated
	 */
	String getPromoter();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Contract#getPromoter <em>Promoter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Promoter</em>' attribute.
	 * @see #getPromoter()
	 * @generated
	 */
	void setPromoter(String value);

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Benefit plan of the contract.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan</em>' attribute.
	 * @see #setPlan(String)
	 * @see org.hmis.eval.model.ModelPackage#getContract_Plan()
	 * @model
	 * @generated
	 */
	String getPlan();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Contract#getPlan <em>Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' attribute.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(String value);

} // Contract
