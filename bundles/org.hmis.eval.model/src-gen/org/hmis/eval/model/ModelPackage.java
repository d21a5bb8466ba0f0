/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Data captured by HMIS Evaluator for one evaluation of a health micro-insurance scheme:
 * the scheme's profile and, per accounting year, the raw account figures and the hidden
 * costs that the indicators are computed from.
 * <!-- end-model-doc -->
 * @see org.hmis.eval.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.hmis.org/eval/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "hmis"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = org.hmis.eval.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.EvaluationImpl <em>Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.EvaluationImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getEvaluation()
	 * @generated
	 */
	int EVALUATION = 0;

	/**
	 * The feature id for the '<em><b>Scheme</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__SCHEME = 0;

	/**
	 * The feature id for the '<em><b>Years</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__YEARS = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__TITLE = 2;

	/**
	 * The number of structural features of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.SchemeImpl <em>Scheme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.SchemeImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getScheme()
	 * @generated
	 */
	int SCHEME = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__NAME = 0;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__COUNTRY = 1;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__CURRENCY = 2;

	/**
	 * The feature id for the '<em><b>First Year Of Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__FIRST_YEAR_OF_OPERATION = 3;

	/**
	 * The feature id for the '<em><b>Accounting Year Start Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__ACCOUNTING_YEAR_START_MONTH = 4;

	/**
	 * The feature id for the '<em><b>Enrolment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__ENROLMENT = 5;

	/**
	 * The feature id for the '<em><b>Premium Payment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__PREMIUM_PAYMENT = 6;

	/**
	 * The feature id for the '<em><b>Payment System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__PAYMENT_SYSTEM = 7;

	/**
	 * The feature id for the '<em><b>Renewal Window Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__RENEWAL_WINDOW_DAYS = 8;

	/**
	 * The number of structural features of the '<em>Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.AccountingYearImpl <em>Accounting Year</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.AccountingYearImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getAccountingYear()
	 * @generated
	 */
	int ACCOUNTING_YEAR = 2;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__YEAR = 0;

	/**
	 * The feature id for the '<em><b>Account Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__ACCOUNT_LINES = 1;

	/**
	 * The feature id for the '<em><b>Hidden Costs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__HIDDEN_COSTS = 2;

	/**
	 * The number of structural features of the '<em>Accounting Year</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Accounting Year</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.AccountLineImpl <em>Account Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.AccountLineImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getAccountLine()
	 * @generated
	 */
	int ACCOUNT_LINE = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_LINE__CODE = 0;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_LINE__AMOUNT = 1;

	/**
	 * The number of structural features of the '<em>Account Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_LINE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Account Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.HiddenCostImpl <em>Hidden Cost</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.HiddenCostImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getHiddenCost()
	 * @generated
	 */
	int HIDDEN_COST = 4;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIDDEN_COST__ACTIVITY = 0;

	/**
	 * The feature id for the '<em><b>Estimated Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIDDEN_COST__ESTIMATED_COST = 1;

	/**
	 * The feature id for the '<em><b>Included</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIDDEN_COST__INCLUDED = 2;

	/**
	 * The feature id for the '<em><b>Training</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIDDEN_COST__TRAINING = 3;

	/**
	 * The number of structural features of the '<em>Hidden Cost</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIDDEN_COST_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Hidden Cost</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIDDEN_COST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.EnrolmentMode <em>Enrolment Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.EnrolmentMode
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getEnrolmentMode()
	 * @generated
	 */
	int ENROLMENT_MODE = 5;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.PremiumPayment <em>Premium Payment</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.PremiumPayment
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getPremiumPayment()
	 * @generated
	 */
	int PREMIUM_PAYMENT = 6;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.PaymentSystem <em>Payment System</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.PaymentSystem
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getPaymentSystem()
	 * @generated
	 */
	int PAYMENT_SYSTEM = 7;


	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation</em>'.
	 * @see org.hmis.eval.model.Evaluation
	 * @generated
	 */
	EClass getEvaluation();

	/**
	 * Returns the meta object for the containment reference '{@link org.hmis.eval.model.Evaluation#getScheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scheme</em>'.
	 * @see org.hmis.eval.model.Evaluation#getScheme()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Scheme();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.Evaluation#getYears <em>Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Years</em>'.
	 * @see org.hmis.eval.model.Evaluation#getYears()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Years();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Evaluation#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.hmis.eval.model.Evaluation#getTitle()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Title();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.Scheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scheme</em>'.
	 * @see org.hmis.eval.model.Scheme
	 * @generated
	 */
	EClass getScheme();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Scheme#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hmis.eval.model.Scheme#getName()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Scheme#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.hmis.eval.model.Scheme#getCountry()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Scheme#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.hmis.eval.model.Scheme#getCurrency()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Scheme#getFirstYearOfOperation <em>First Year Of Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Year Of Operation</em>'.
	 * @see org.hmis.eval.model.Scheme#getFirstYearOfOperation()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_FirstYearOfOperation();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Scheme#getAccountingYearStartMonth <em>Accounting Year Start Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accounting Year Start Month</em>'.
	 * @see org.hmis.eval.model.Scheme#getAccountingYearStartMonth()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_AccountingYearStartMonth();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Scheme#getEnrolment <em>Enrolment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enrolment</em>'.
	 * @see org.hmis.eval.model.Scheme#getEnrolment()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_Enrolment();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Scheme#getPremiumPayment <em>Premium Payment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Premium Payment</em>'.
	 * @see org.hmis.eval.model.Scheme#getPremiumPayment()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_PremiumPayment();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Scheme#getPaymentSystem <em>Payment System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Payment System</em>'.
	 * @see org.hmis.eval.model.Scheme#getPaymentSystem()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_PaymentSystem();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Scheme#getRenewalWindowDays <em>Renewal Window Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Renewal Window Days</em>'.
	 * @see org.hmis.eval.model.Scheme#getRenewalWindowDays()
	 * @see #getScheme()
	 * @generated
	 */
	EAttribute getScheme_RenewalWindowDays();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.AccountingYear <em>Accounting Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Accounting Year</em>'.
	 * @see org.hmis.eval.model.AccountingYear
	 * @generated
	 */
	EClass getAccountingYear();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.AccountingYear#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getYear()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EAttribute getAccountingYear_Year();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.AccountingYear#getAccountLines <em>Account Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Account Lines</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getAccountLines()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_AccountLines();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.AccountingYear#getHiddenCosts <em>Hidden Costs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hidden Costs</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getHiddenCosts()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_HiddenCosts();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.AccountLine <em>Account Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Account Line</em>'.
	 * @see org.hmis.eval.model.AccountLine
	 * @generated
	 */
	EClass getAccountLine();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.AccountLine#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.hmis.eval.model.AccountLine#getCode()
	 * @see #getAccountLine()
	 * @generated
	 */
	EAttribute getAccountLine_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.AccountLine#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.hmis.eval.model.AccountLine#getAmount()
	 * @see #getAccountLine()
	 * @generated
	 */
	EAttribute getAccountLine_Amount();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.HiddenCost <em>Hidden Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hidden Cost</em>'.
	 * @see org.hmis.eval.model.HiddenCost
	 * @generated
	 */
	EClass getHiddenCost();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.HiddenCost#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activity</em>'.
	 * @see org.hmis.eval.model.HiddenCost#getActivity()
	 * @see #getHiddenCost()
	 * @generated
	 */
	EAttribute getHiddenCost_Activity();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.HiddenCost#getEstimatedCost <em>Estimated Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimated Cost</em>'.
	 * @see org.hmis.eval.model.HiddenCost#getEstimatedCost()
	 * @see #getHiddenCost()
	 * @generated
	 */
	EAttribute getHiddenCost_EstimatedCost();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.HiddenCost#isIncluded <em>Included</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Included</em>'.
	 * @see org.hmis.eval.model.HiddenCost#isIncluded()
	 * @see #getHiddenCost()
	 * @generated
	 */
	EAttribute getHiddenCost_Included();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.HiddenCost#isTraining <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Training</em>'.
	 * @see org.hmis.eval.model.HiddenCost#isTraining()
	 * @see #getHiddenCost()
	 * @generated
	 */
	EAttribute getHiddenCost_Training();

	/**
	 * Returns the meta object for enum '{@link org.hmis.eval.model.EnrolmentMode <em>Enrolment Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Enrolment Mode</em>'.
	 * @see org.hmis.eval.model.EnrolmentMode
	 * @generated
	 */
	EEnum getEnrolmentMode();

	/**
	 * Returns the meta object for enum '{@link org.hmis.eval.model.PremiumPayment <em>Premium Payment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Premium Payment</em>'.
	 * @see org.hmis.eval.model.PremiumPayment
	 * @generated
	 */
	EEnum getPremiumPayment();

	/**
	 * Returns the meta object for enum '{@link org.hmis.eval.model.PaymentSystem <em>Payment System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Payment System</em>'.
	 * @see org.hmis.eval.model.PaymentSystem
	 * @generated
	 */
	EEnum getPaymentSystem();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.EvaluationImpl <em>Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.EvaluationImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getEvaluation()
		 * @generated
		 */
		EClass EVALUATION = eINSTANCE.getEvaluation();

		/**
		 * The meta object literal for the '<em><b>Scheme</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__SCHEME = eINSTANCE.getEvaluation_Scheme();

		/**
		 * The meta object literal for the '<em><b>Years</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__YEARS = eINSTANCE.getEvaluation_Years();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__TITLE = eINSTANCE.getEvaluation_Title();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.SchemeImpl <em>Scheme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.SchemeImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getScheme()
		 * @generated
		 */
		EClass SCHEME = eINSTANCE.getScheme();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__NAME = eINSTANCE.getScheme_Name();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__COUNTRY = eINSTANCE.getScheme_Country();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__CURRENCY = eINSTANCE.getScheme_Currency();

		/**
		 * The meta object literal for the '<em><b>First Year Of Operation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__FIRST_YEAR_OF_OPERATION = eINSTANCE.getScheme_FirstYearOfOperation();

		/**
		 * The meta object literal for the '<em><b>Accounting Year Start Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__ACCOUNTING_YEAR_START_MONTH = eINSTANCE.getScheme_AccountingYearStartMonth();

		/**
		 * The meta object literal for the '<em><b>Enrolment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__ENROLMENT = eINSTANCE.getScheme_Enrolment();

		/**
		 * The meta object literal for the '<em><b>Premium Payment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__PREMIUM_PAYMENT = eINSTANCE.getScheme_PremiumPayment();

		/**
		 * The meta object literal for the '<em><b>Payment System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__PAYMENT_SYSTEM = eINSTANCE.getScheme_PaymentSystem();

		/**
		 * The meta object literal for the '<em><b>Renewal Window Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEME__RENEWAL_WINDOW_DAYS = eINSTANCE.getScheme_RenewalWindowDays();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.AccountingYearImpl <em>Accounting Year</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.AccountingYearImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getAccountingYear()
		 * @generated
		 */
		EClass ACCOUNTING_YEAR = eINSTANCE.getAccountingYear();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNTING_YEAR__YEAR = eINSTANCE.getAccountingYear_Year();

		/**
		 * The meta object literal for the '<em><b>Account Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__ACCOUNT_LINES = eINSTANCE.getAccountingYear_AccountLines();

		/**
		 * The meta object literal for the '<em><b>Hidden Costs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__HIDDEN_COSTS = eINSTANCE.getAccountingYear_HiddenCosts();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.AccountLineImpl <em>Account Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.AccountLineImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getAccountLine()
		 * @generated
		 */
		EClass ACCOUNT_LINE = eINSTANCE.getAccountLine();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_LINE__CODE = eINSTANCE.getAccountLine_Code();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT_LINE__AMOUNT = eINSTANCE.getAccountLine_Amount();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.HiddenCostImpl <em>Hidden Cost</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.HiddenCostImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getHiddenCost()
		 * @generated
		 */
		EClass HIDDEN_COST = eINSTANCE.getHiddenCost();

		/**
		 * The meta object literal for the '<em><b>Activity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HIDDEN_COST__ACTIVITY = eINSTANCE.getHiddenCost_Activity();

		/**
		 * The meta object literal for the '<em><b>Estimated Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HIDDEN_COST__ESTIMATED_COST = eINSTANCE.getHiddenCost_EstimatedCost();

		/**
		 * The meta object literal for the '<em><b>Included</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HIDDEN_COST__INCLUDED = eINSTANCE.getHiddenCost_Included();

		/**
		 * The meta object literal for the '<em><b>Training</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HIDDEN_COST__TRAINING = eINSTANCE.getHiddenCost_Training();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.EnrolmentMode <em>Enrolment Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.EnrolmentMode
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getEnrolmentMode()
		 * @generated
		 */
		EEnum ENROLMENT_MODE = eINSTANCE.getEnrolmentMode();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.PremiumPayment <em>Premium Payment</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.PremiumPayment
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getPremiumPayment()
		 * @generated
		 */
		EEnum PREMIUM_PAYMENT = eINSTANCE.getPremiumPayment();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.PaymentSystem <em>Payment System</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.PaymentSystem
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getPaymentSystem()
		 * @generated
		 */
		EEnum PAYMENT_SYSTEM = eINSTANCE.getPaymentSystem();

	}

} //ModelPackage
