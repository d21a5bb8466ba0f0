/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Payment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A premium payment made by a member for one contract.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.Payment#getMemberId <em>Member Id</em>}</li>
 *   <li>{@link org.hmis.eval.model.Payment#getContractStart <em>Contract Start</em>}</li>
 *   <li>{@link org.hmis.eval.model.Payment#getPaymentDate <em>Payment Date</em>}</li>
 *   <li>{@link org.hmis.eval.model.Payment#getAmount <em>Amount</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getPayment()
 * @model
 * @generated
 */
public interface Payment extends EObject {
	/**
	 * Returns the value of the '<em><b>Member Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Member who paid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Member Id</em>' attribute.
	 * @see #setMemberId(String)
	 * @see org.hmis.eval.model.ModelPackage#getPayment_MemberId()
	 * @model
	 * @generated
	 */
	String getMemberId();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Payment#getMemberId <em>Member Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member Id</em>' attribute.
	 * @see #getMemberId()
	 * @generated
	 */
	void setMemberId(String value);

	/**
	 * Returns the value of the '<em><b>Contract Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start date of the contract the payment is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contract Start</em>' attribute.
	 * @see #setContractStart(LocalDate)
	 * @see org.hmis.eval.model.ModelPackage#getPayment_ContractStart()
	 * @model dataType="org.hmis.eval.model.LocalDate"
	 * @generated
	 */
	LocalDate getContractStart();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Payment#getContractStart <em>Contract Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contract Start</em>' attribute.
	 * @see #getContractStart()
	 * @generated
	 */
	void setContractStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Payment Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date the scheme received the payment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Payment Date</em>' attribute.
	 * @see #setPaymentDate(LocalDate)
	 * @see org.hmis.eval.model.ModelPackage#getPayment_PaymentDate()
	 * @model dataType="org.hmis.eval.model.LocalDate"
	 * @generated
	 */
	LocalDate getPaymentDate();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Payment#getPaymentDate <em>Payment Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Payment Date</em>' attribute.
	 * @see #getPaymentDate()
	 * @generated
	 */
	void setPaymentDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Amount received.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getPayment_Amount()
	 * @model
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Payment#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

} // Payment
