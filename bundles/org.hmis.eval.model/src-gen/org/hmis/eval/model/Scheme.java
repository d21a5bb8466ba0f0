/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scheme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Descriptive profile of the health micro-insurance scheme: identity, currency and the
 * operating rules (enrolment, premium collection, provider payment) that decide which
 * indicators apply and how they are read.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.Scheme#getName <em>Name</em>}</li>
 *   <li>{@link org.hmis.eval.model.Scheme#getCountry <em>Country</em>}</li>
 *   <li>{@link org.hmis.eval.model.Scheme#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.hmis.eval.model.Scheme#getFirstYearOfOperation <em>First Year Of Operation</em>}</li>
 *   <li>{@link org.hmis.eval.model.Scheme#getAccountingYearStartMonth <em>Accounting Year Start Month</em>}</li>
 *   <li>{@link org.hmis.eval.model.Scheme#getEnrolment <em>Enrolment</em>}</li>
 *   <li>{@link org.hmis.eval.model.Scheme#getPremiumPayment <em>Premium Payment</em>}</li>
 *   <li>{@link org.hmis.eval.model.Scheme#getPaymentSystem <em>Payment System</em>}</li>
 *   <li>{@link org.hmis.eval.model.Scheme#getRenewalWindowDays <em>Renewal Window Days</em>}</li>
 *   <li>{@link org.hmis.eval.model.Scheme#getProviders <em>Providers</em>}</li>
 *   <li>{@link org.hmis.eval.model.Scheme#getServiceCategories <em>Service Categories</em>}</li>
 *   <li>{@link org.hmis.eval.model.Scheme#getBenefitPlans <em>Benefit Plans</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getScheme()
 * @model
 * @generated
 */
public interface Scheme extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the scheme as it is known locally.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hmis.eval.model.ModelPackage#getScheme_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Scheme#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Country in which the scheme operates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.hmis.eval.model.ModelPackage#getScheme_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Scheme#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Currency in which every amount of this evaluation is expressed, preferably an ISO 4217 code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.hmis.eval.model.ModelPackage#getScheme_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Scheme#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>First Year Of Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Calendar year in which the scheme started covering members; <code>null</code> when it is not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Year Of Operation</em>' attribute.
	 * @see #setFirstYearOfOperation(Integer)
	 * @see org.hmis.eval.model.ModelPackage#getScheme_FirstYearOfOperation()
	 * @model
	 * @generated
	 */
	Integer getFirstYearOfOperation();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Scheme#getFirstYearOfOperation <em>First Year Of Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Year Of Operation</em>' attribute.
	 * @see #getFirstYearOfOperation()
	 * @generated
	 */
	void setFirstYearOfOperation(Integer value);

	/**
	 * Returns the value of the '<em><b>Accounting Year Start Month</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Month (1 = January ... 12 = December) in which the scheme's accounting year begins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accounting Year Start Month</em>' attribute.
	 * @see #setAccountingYearStartMonth(int)
	 * @see org.hmis.eval.model.ModelPackage#getScheme_AccountingYearStartMonth()
	 * @model default="1"
	 * @generated
	 */
	int getAccountingYearStartMonth();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Scheme#getAccountingYearStartMonth <em>Accounting Year Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accounting Year Start Month</em>' attribute.
	 * @see #getAccountingYearStartMonth()
	 * @generated
	 */
	void setAccountingYearStartMonth(int value);

	/**
	 * Returns the value of the '<em><b>Enrolment</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hmis.eval.model.EnrolmentMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether members may join at any time or only during set enrolment periods.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enrolment</em>' attribute.
	 * @see org.hmis.eval.model.EnrolmentMode
	 * @see #setEnrolment(EnrolmentMode)
	 * @see org.hmis.eval.model.ModelPackage#getScheme_Enrolment()
	 * @model
	 * @generated
	 */
	EnrolmentMode getEnrolment();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Scheme#getEnrolment <em>Enrolment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enrolment</em>' attribute.
	 * @see org.hmis.eval.model.EnrolmentMode
	 * @see #getEnrolment()
	 * @generated
	 */
	void setEnrolment(EnrolmentMode value);

	/**
	 * Returns the value of the '<em><b>Premium Payment</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hmis.eval.model.PremiumPayment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How members pay their premium: all at once or spread over several instalments.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Premium Payment</em>' attribute.
	 * @see org.hmis.eval.model.PremiumPayment
	 * @see #setPremiumPayment(PremiumPayment)
	 * @see org.hmis.eval.model.ModelPackage#getScheme_PremiumPayment()
	 * @model
	 * @generated
	 */
	PremiumPayment getPremiumPayment();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Scheme#getPremiumPayment <em>Premium Payment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Premium Payment</em>' attribute.
	 * @see org.hmis.eval.model.PremiumPayment
	 * @see #getPremiumPayment()
	 * @generated
	 */
	void setPremiumPayment(PremiumPayment value);

	/**
	 * Returns the value of the '<em><b>Payment System</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hmis.eval.model.PaymentSystem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How care providers get paid for the services members use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Payment System</em>' attribute.
	 * @see org.hmis.eval.model.PaymentSystem
	 * @see #setPaymentSystem(PaymentSystem)
	 * @see org.hmis.eval.model.ModelPackage#getScheme_PaymentSystem()
	 * @model
	 * @generated
	 */
	PaymentSystem getPaymentSystem();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Scheme#getPaymentSystem <em>Payment System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Payment System</em>' attribute.
	 * @see org.hmis.eval.model.PaymentSystem
	 * @see #getPaymentSystem()
	 * @generated
	 */
	void setPaymentSystem(PaymentSystem value);

	/**
	 * Returns the value of the '<em><b>Renewal Window Days</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of days after a membership expires during which renewing it still counts as a
	 * renewal rather than a new membership.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Renewal Window Days</em>' attribute.
	 * @see #setRenewalWindowDays(int)
	 * @see org.hmis.eval.model.ModelPackage#getScheme_RenewalWindowDays()
	 * @model default="30"
	 * @generated
	 */
	int getRenewalWindowDays();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.Scheme#getRenewalWindowDays <em>Renewal Window Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Renewal Window Days</em>' attribute.
	 * @see #getRenewalWindowDays()
	 * @generated
	 */
	void setRenewalWindowDays(int value);

	/**
	 * Returns the value of the '<em><b>Providers</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.Provider}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The care providers the scheme works with; claims, Table 8 and provider activity name them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Providers</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getScheme_Providers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Provider> getProviders();

	/**
	 * Returns the value of the '<em><b>Service Categories</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.ServiceCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The service categories the scheme's claims are recorded in (free codes; the guide's seven are outpatient, medicines, surgery, obstetrics, hospitalization, programmed, specialist).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Categories</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getScheme_ServiceCategories()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceCategory> getServiceCategories();

	/**
	 * Returns the value of the '<em><b>Benefit Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.BenefitPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The benefit plans (packages) members can subscribe to; a contract names its plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Benefit Plans</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getScheme_BenefitPlans()
	 * @model containment="true"
	 * @generated
	 */
	EList<BenefitPlan> getBenefitPlans();

} // Scheme
