/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
	 * The feature id for the '<em><b>Registers</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__REGISTERS = 3;

	/**
	 * The feature id for the '<em><b>Investments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__INVESTMENTS = 4;

	/**
	 * The feature id for the '<em><b>Role Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__ROLE_ASSIGNMENTS = 5;

	/**
	 * The feature id for the '<em><b>Role Abbreviations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__ROLE_ABBREVIATIONS = 6;

	/**
	 * The feature id for the '<em><b>Contract Analyses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__CONTRACT_ANALYSES = 7;

	/**
	 * The feature id for the '<em><b>Legal Recognition</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__LEGAL_RECOGNITION = 8;

	/**
	 * The feature id for the '<em><b>Obligations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__OBLIGATIONS = 9;

	/**
	 * The number of structural features of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FEATURE_COUNT = 10;

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
	 * The feature id for the '<em><b>Providers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__PROVIDERS = 9;

	/**
	 * The feature id for the '<em><b>Service Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__SERVICE_CATEGORIES = 10;

	/**
	 * The feature id for the '<em><b>Benefit Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME__BENEFIT_PLANS = 11;

	/**
	 * The number of structural features of the '<em>Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.ProviderImpl <em>Provider</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.ProviderImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getProvider()
	 * @generated
	 */
	int PROVIDER = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__KIND = 1;

	/**
	 * The feature id for the '<em><b>Offered Categories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__OFFERED_CATEGORIES = 2;

	/**
	 * The feature id for the '<em><b>Contracted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__CONTRACTED = 3;

	/**
	 * The feature id for the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER__REMARK = 4;

	/**
	 * The number of structural features of the '<em>Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.ServiceCategoryImpl <em>Service Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.ServiceCategoryImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getServiceCategory()
	 * @generated
	 */
	int SERVICE_CATEGORY = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CATEGORY__CODE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CATEGORY__LABEL = 1;

	/**
	 * The number of structural features of the '<em>Service Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CATEGORY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Service Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CATEGORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.BenefitPlanImpl <em>Benefit Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.BenefitPlanImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getBenefitPlan()
	 * @generated
	 */
	int BENEFIT_PLAN = 4;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_PLAN__CODE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_PLAN__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Premium</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_PLAN__PREMIUM = 2;

	/**
	 * The feature id for the '<em><b>Covered Categories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_PLAN__COVERED_CATEGORIES = 3;

	/**
	 * The feature id for the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_PLAN__REMARK = 4;

	/**
	 * The number of structural features of the '<em>Benefit Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_PLAN_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Benefit Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.AccountingYearImpl <em>Accounting Year</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.AccountingYearImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getAccountingYear()
	 * @generated
	 */
	int ACCOUNTING_YEAR = 5;

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
	 * The feature id for the '<em><b>Population</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__POPULATION = 3;

	/**
	 * The feature id for the '<em><b>Population Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__POPULATION_GROUPS = 4;

	/**
	 * The feature id for the '<em><b>Beneficiary Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__BENEFICIARY_GROUPS = 5;

	/**
	 * The feature id for the '<em><b>Monthly Beneficiaries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__MONTHLY_BENEFICIARIES = 6;

	/**
	 * The feature id for the '<em><b>Membership Averages</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES = 7;

	/**
	 * The feature id for the '<em><b>Claims Listing</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__CLAIMS_LISTING = 8;

	/**
	 * The feature id for the '<em><b>Provider Activity</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__PROVIDER_ACTIVITY = 9;

	/**
	 * The feature id for the '<em><b>Membership Mix</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__MEMBERSHIP_MIX = 10;

	/**
	 * The feature id for the '<em><b>Entitlement Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__ENTITLEMENT_TOOLS = 11;

	/**
	 * The feature id for the '<em><b>Survey Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__SURVEY_CASES = 12;

	/**
	 * The feature id for the '<em><b>Renewal Summary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__RENEWAL_SUMMARY = 13;

	/**
	 * The feature id for the '<em><b>Risk Portfolio</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__RISK_PORTFOLIO = 14;

	/**
	 * The feature id for the '<em><b>Checklist Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__CHECKLIST_ANSWERS = 15;

	/**
	 * The feature id for the '<em><b>Exclusion Surveys</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__EXCLUSION_SURVEYS = 16;

	/**
	 * The feature id for the '<em><b>Management Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__MANAGEMENT_TOOLS = 17;

	/**
	 * The feature id for the '<em><b>Budget Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR__BUDGET_LINES = 18;

	/**
	 * The number of structural features of the '<em>Accounting Year</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTING_YEAR_FEATURE_COUNT = 19;

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
	int ACCOUNT_LINE = 6;

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
	int HIDDEN_COST = 7;

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
	 * The meta object id for the '{@link org.hmis.eval.model.impl.PopulationFiguresImpl <em>Population Figures</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.PopulationFiguresImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getPopulationFigures()
	 * @generated
	 */
	int POPULATION_FIGURES = 8;

	/**
	 * The feature id for the '<em><b>Area Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_FIGURES__AREA_POPULATION = 0;

	/**
	 * The feature id for the '<em><b>Census Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_FIGURES__CENSUS_POPULATION = 1;

	/**
	 * The feature id for the '<em><b>Census Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_FIGURES__CENSUS_YEAR = 2;

	/**
	 * The feature id for the '<em><b>Growth Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_FIGURES__GROWTH_RATE = 3;

	/**
	 * The feature id for the '<em><b>Area Km2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_FIGURES__AREA_KM2 = 4;

	/**
	 * The feature id for the '<em><b>Target Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_FIGURES__TARGET_POPULATION = 5;

	/**
	 * The feature id for the '<em><b>Household Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_FIGURES__HOUSEHOLD_SIZE = 6;

	/**
	 * The feature id for the '<em><b>Area Income</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_FIGURES__AREA_INCOME = 7;

	/**
	 * The feature id for the '<em><b>Target Income</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_FIGURES__TARGET_INCOME = 8;

	/**
	 * The number of structural features of the '<em>Population Figures</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_FIGURES_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Population Figures</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_FIGURES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.PopulationGroupImpl <em>Population Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.PopulationGroupImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getPopulationGroup()
	 * @generated
	 */
	int POPULATION_GROUP = 9;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP__CATEGORY = 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP__COUNT = 1;

	/**
	 * The number of structural features of the '<em>Population Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Population Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.MonthlyBeneficiariesImpl <em>Monthly Beneficiaries</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.MonthlyBeneficiariesImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getMonthlyBeneficiaries()
	 * @generated
	 */
	int MONTHLY_BENEFICIARIES = 10;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_BENEFICIARIES__MONTH = 0;

	/**
	 * The feature id for the '<em><b>X1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_BENEFICIARIES__X1 = 1;

	/**
	 * The feature id for the '<em><b>X2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_BENEFICIARIES__X2 = 2;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_BENEFICIARIES__X = 3;

	/**
	 * The feature id for the '<em><b>Y1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_BENEFICIARIES__Y1 = 4;

	/**
	 * The feature id for the '<em><b>Y2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_BENEFICIARIES__Y2 = 5;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_BENEFICIARIES__Y = 6;

	/**
	 * The feature id for the '<em><b>Z1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_BENEFICIARIES__Z1 = 7;

	/**
	 * The feature id for the '<em><b>Z2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_BENEFICIARIES__Z2 = 8;

	/**
	 * The feature id for the '<em><b>Z3</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_BENEFICIARIES__Z3 = 9;

	/**
	 * The feature id for the '<em><b>Dependents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_BENEFICIARIES__DEPENDENTS = 10;

	/**
	 * The number of structural features of the '<em>Monthly Beneficiaries</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_BENEFICIARIES_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Monthly Beneficiaries</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_BENEFICIARIES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.MembershipAveragesImpl <em>Membership Averages</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.MembershipAveragesImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getMembershipAverages()
	 * @generated
	 */
	int MEMBERSHIP_AVERAGES = 11;

	/**
	 * The feature id for the '<em><b>Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_AVERAGES__MEMBERS = 0;

	/**
	 * The feature id for the '<em><b>Beneficiaries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_AVERAGES__BENEFICIARIES = 1;

	/**
	 * The feature id for the '<em><b>Dependents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_AVERAGES__DEPENDENTS = 2;

	/**
	 * The feature id for the '<em><b>Members Old Areas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_AVERAGES__MEMBERS_OLD_AREAS = 3;

	/**
	 * The feature id for the '<em><b>Members New Areas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_AVERAGES__MEMBERS_NEW_AREAS = 4;

	/**
	 * The number of structural features of the '<em>Membership Averages</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_AVERAGES_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Membership Averages</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_AVERAGES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.ClaimsListingEntryImpl <em>Claims Listing Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.ClaimsListingEntryImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getClaimsListingEntry()
	 * @generated
	 */
	int CLAIMS_LISTING_ENTRY = 12;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIMS_LISTING_ENTRY__MONTH = 0;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIMS_LISTING_ENTRY__PROVIDER = 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIMS_LISTING_ENTRY__CATEGORY = 2;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIMS_LISTING_ENTRY__COUNT = 3;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIMS_LISTING_ENTRY__COST = 4;

	/**
	 * The number of structural features of the '<em>Claims Listing Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIMS_LISTING_ENTRY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Claims Listing Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIMS_LISTING_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.ProviderActivityImpl <em>Provider Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.ProviderActivityImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getProviderActivity()
	 * @generated
	 */
	int PROVIDER_ACTIVITY = 13;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_ACTIVITY__PROVIDER = 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_ACTIVITY__CATEGORY = 1;

	/**
	 * The feature id for the '<em><b>Services Dispensed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_ACTIVITY__SERVICES_DISPENSED = 2;

	/**
	 * The feature id for the '<em><b>Non Beneficiary Services</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_ACTIVITY__NON_BENEFICIARY_SERVICES = 3;

	/**
	 * The feature id for the '<em><b>Non Beneficiary Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_ACTIVITY__NON_BENEFICIARY_POPULATION = 4;

	/**
	 * The feature id for the '<em><b>Average Copayment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_ACTIVITY__AVERAGE_COPAYMENT = 5;

	/**
	 * The feature id for the '<em><b>Non Beneficiary Average Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_ACTIVITY__NON_BENEFICIARY_AVERAGE_COST = 6;

	/**
	 * The feature id for the '<em><b>Copayments Received</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_ACTIVITY__COPAYMENTS_RECEIVED = 7;

	/**
	 * The feature id for the '<em><b>Total Income</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_ACTIVITY__TOTAL_INCOME = 8;

	/**
	 * The number of structural features of the '<em>Provider Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_ACTIVITY_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Provider Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVIDER_ACTIVITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.MembershipMixEntryImpl <em>Membership Mix Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.MembershipMixEntryImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getMembershipMixEntry()
	 * @generated
	 */
	int MEMBERSHIP_MIX_ENTRY = 14;

	/**
	 * The feature id for the '<em><b>Membership Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_TYPE = 0;

	/**
	 * The feature id for the '<em><b>Membership Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_UNIT = 1;

	/**
	 * The feature id for the '<em><b>Beneficiaries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_MIX_ENTRY__BENEFICIARIES = 2;

	/**
	 * The number of structural features of the '<em>Membership Mix Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_MIX_ENTRY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Membership Mix Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_MIX_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.EntitlementToolImpl <em>Entitlement Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.EntitlementToolImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getEntitlementTool()
	 * @generated
	 */
	int ENTITLEMENT_TOOL = 15;

	/**
	 * The feature id for the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITLEMENT_TOOL__TOOL = 0;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITLEMENT_TOOL__SCORE = 1;

	/**
	 * The number of structural features of the '<em>Entitlement Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITLEMENT_TOOL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Entitlement Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITLEMENT_TOOL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.RegistersImpl <em>Registers</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.RegistersImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getRegisters()
	 * @generated
	 */
	int REGISTERS = 16;

	/**
	 * The feature id for the '<em><b>Tables</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__TABLES = 0;

	/**
	 * The feature id for the '<em><b>Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__DIGEST = 1;

	/**
	 * The number of structural features of the '<em>Registers</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Registers</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.InvestmentImpl <em>Investment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.InvestmentImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getInvestment()
	 * @generated
	 */
	int INVESTMENT = 17;

	/**
	 * The feature id for the '<em><b>Asset Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTMENT__ASSET_CLASS = 0;

	/**
	 * The feature id for the '<em><b>Book Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTMENT__BOOK_VALUE = 1;

	/**
	 * The feature id for the '<em><b>Market Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTMENT__MARKET_VALUE = 2;

	/**
	 * The feature id for the '<em><b>Expected Yield</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTMENT__EXPECTED_YIELD = 3;

	/**
	 * The number of structural features of the '<em>Investment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Investment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.SurveyCaseImpl <em>Survey Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.SurveyCaseImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getSurveyCase()
	 * @generated
	 */
	int SURVEY_CASE = 18;

	/**
	 * The feature id for the '<em><b>Survey</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_CASE__SURVEY = 0;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_CASE__GROUP = 1;

	/**
	 * The feature id for the '<em><b>Case Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_CASE__CASE_ID = 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_CASE__START_DATE = 3;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_CASE__END_DATE = 4;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_CASE__COST = 5;

	/**
	 * The number of structural features of the '<em>Survey Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_CASE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Survey Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_CASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.RenewalSummaryImpl <em>Renewal Summary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.RenewalSummaryImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getRenewalSummary()
	 * @generated
	 */
	int RENEWAL_SUMMARY = 19;

	/**
	 * The feature id for the '<em><b>Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RENEWAL_SUMMARY__MEMBERS = 0;

	/**
	 * The feature id for the '<em><b>New Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RENEWAL_SUMMARY__NEW_MEMBERS = 1;

	/**
	 * The feature id for the '<em><b>Lapses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RENEWAL_SUMMARY__LAPSES = 2;

	/**
	 * The number of structural features of the '<em>Renewal Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RENEWAL_SUMMARY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Renewal Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RENEWAL_SUMMARY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.RiskPortfolioEntryImpl <em>Risk Portfolio Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.RiskPortfolioEntryImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getRiskPortfolioEntry()
	 * @generated
	 */
	int RISK_PORTFOLIO_ENTRY = 20;

	/**
	 * The feature id for the '<em><b>Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_PORTFOLIO_ENTRY__SERVICE = 0;

	/**
	 * The feature id for the '<em><b>Covered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_PORTFOLIO_ENTRY__COVERED = 1;

	/**
	 * The feature id for the '<em><b>Waiting Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_PORTFOLIO_ENTRY__WAITING_PERIOD = 2;

	/**
	 * The feature id for the '<em><b>Deductible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_PORTFOLIO_ENTRY__DEDUCTIBLE = 3;

	/**
	 * The feature id for the '<em><b>Copayment Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_PORTFOLIO_ENTRY__COPAYMENT_PERCENT = 4;

	/**
	 * The feature id for the '<em><b>Maximum Benefit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_PORTFOLIO_ENTRY__MAXIMUM_BENEFIT = 5;

	/**
	 * The feature id for the '<em><b>Prior Agreement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_PORTFOLIO_ENTRY__PRIOR_AGREEMENT = 6;

	/**
	 * The feature id for the '<em><b>Compulsory Referral</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_PORTFOLIO_ENTRY__COMPULSORY_REFERRAL = 7;

	/**
	 * The feature id for the '<em><b>Payment Mechanism</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_PORTFOLIO_ENTRY__PAYMENT_MECHANISM = 8;

	/**
	 * The feature id for the '<em><b>Rationalization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_PORTFOLIO_ENTRY__RATIONALIZATION = 9;

	/**
	 * The feature id for the '<em><b>Provider Selection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_PORTFOLIO_ENTRY__PROVIDER_SELECTION = 10;

	/**
	 * The number of structural features of the '<em>Risk Portfolio Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_PORTFOLIO_ENTRY_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Risk Portfolio Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_PORTFOLIO_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.ChecklistAnswerImpl <em>Checklist Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.ChecklistAnswerImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getChecklistAnswer()
	 * @generated
	 */
	int CHECKLIST_ANSWER = 21;

	/**
	 * The feature id for the '<em><b>Checklist</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER__CHECKLIST = 0;

	/**
	 * The feature id for the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER__ITEM = 1;

	/**
	 * The feature id for the '<em><b>Met</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER__MET = 2;

	/**
	 * The feature id for the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER__REMARK = 3;

	/**
	 * The number of structural features of the '<em>Checklist Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Checklist Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.ExclusionSurveyImpl <em>Exclusion Survey</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.ExclusionSurveyImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getExclusionSurvey()
	 * @generated
	 */
	int EXCLUSION_SURVEY = 22;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCLUSION_SURVEY__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Patients</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCLUSION_SURVEY__PATIENTS = 1;

	/**
	 * The feature id for the '<em><b>Excluded For Money</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCLUSION_SURVEY__EXCLUDED_FOR_MONEY = 2;

	/**
	 * The number of structural features of the '<em>Exclusion Survey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCLUSION_SURVEY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Exclusion Survey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCLUSION_SURVEY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.ManagementToolImpl <em>Management Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.ManagementToolImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getManagementTool()
	 * @generated
	 */
	int MANAGEMENT_TOOL = 23;

	/**
	 * The feature id for the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_TOOL__TOOL = 0;

	/**
	 * The feature id for the '<em><b>Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_TOOL__USED = 1;

	/**
	 * The feature id for the '<em><b>Assessment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_TOOL__ASSESSMENT = 2;

	/**
	 * The number of structural features of the '<em>Management Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_TOOL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Management Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_TOOL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.BudgetLineImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getBudgetLine()
	 * @generated
	 */
	int BUDGET_LINE = 24;

	/**
	 * The feature id for the '<em><b>Sheet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__SHEET = 0;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__LINE = 1;

	/**
	 * The feature id for the '<em><b>Quarter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__QUARTER = 2;

	/**
	 * The feature id for the '<em><b>Budgeted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__BUDGETED = 3;

	/**
	 * The feature id for the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__ACTUAL = 4;

	/**
	 * The number of structural features of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.RoleAssignmentImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getRoleAssignment()
	 * @generated
	 */
	int ROLE_ASSIGNMENT = 25;

	/**
	 * The feature id for the '<em><b>Copy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__COPY = 0;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__FUNCTION = 1;

	/**
	 * The feature id for the '<em><b>Structure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__STRUCTURE = 2;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__ACTORS = 3;

	/**
	 * The feature id for the '<em><b>Uncertain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__UNCERTAIN = 4;

	/**
	 * The feature id for the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__REMARK = 5;

	/**
	 * The number of structural features of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.RoleAbbreviationImpl <em>Role Abbreviation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.RoleAbbreviationImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getRoleAbbreviation()
	 * @generated
	 */
	int ROLE_ABBREVIATION = 26;

	/**
	 * The feature id for the '<em><b>Abbreviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ABBREVIATION__ABBREVIATION = 0;

	/**
	 * The feature id for the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ABBREVIATION__MEANING = 1;

	/**
	 * The number of structural features of the '<em>Role Abbreviation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ABBREVIATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Role Abbreviation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ABBREVIATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.ContractAnalysisItemImpl <em>Contract Analysis Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.ContractAnalysisItemImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getContractAnalysisItem()
	 * @generated
	 */
	int CONTRACT_ANALYSIS_ITEM = 27;

	/**
	 * The feature id for the '<em><b>Contract Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT_ANALYSIS_ITEM__CONTRACT_GROUP = 0;

	/**
	 * The feature id for the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT_ANALYSIS_ITEM__ITEM = 1;

	/**
	 * The feature id for the '<em><b>Covered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT_ANALYSIS_ITEM__COVERED = 2;

	/**
	 * The feature id for the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT_ANALYSIS_ITEM__REMARK = 3;

	/**
	 * The number of structural features of the '<em>Contract Analysis Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT_ANALYSIS_ITEM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Contract Analysis Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT_ANALYSIS_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.LegalRecognitionStageImpl <em>Legal Recognition Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.LegalRecognitionStageImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getLegalRecognitionStage()
	 * @generated
	 */
	int LEGAL_RECOGNITION_STAGE = 28;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECOGNITION_STAGE__STAGE = 0;

	/**
	 * The feature id for the '<em><b>Met</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECOGNITION_STAGE__MET = 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECOGNITION_STAGE__EVIDENCE = 2;

	/**
	 * The number of structural features of the '<em>Legal Recognition Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECOGNITION_STAGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Legal Recognition Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEGAL_RECOGNITION_STAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.impl.StatutoryObligationImpl <em>Statutory Obligation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.impl.StatutoryObligationImpl
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getStatutoryObligation()
	 * @generated
	 */
	int STATUTORY_OBLIGATION = 29;

	/**
	 * The feature id for the '<em><b>Obligation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUTORY_OBLIGATION__OBLIGATION = 0;

	/**
	 * The feature id for the '<em><b>Theoretical Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUTORY_OBLIGATION__THEORETICAL_INTERVAL = 1;

	/**
	 * The feature id for the '<em><b>Actual Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUTORY_OBLIGATION__ACTUAL_FREQUENCY = 2;

	/**
	 * The feature id for the '<em><b>Compliant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUTORY_OBLIGATION__COMPLIANT = 3;

	/**
	 * The feature id for the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUTORY_OBLIGATION__REMARK = 4;

	/**
	 * The number of structural features of the '<em>Statutory Obligation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUTORY_OBLIGATION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Statutory Obligation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUTORY_OBLIGATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.EnrolmentMode <em>Enrolment Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.EnrolmentMode
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getEnrolmentMode()
	 * @generated
	 */
	int ENROLMENT_MODE = 30;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.PremiumPayment <em>Premium Payment</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.PremiumPayment
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getPremiumPayment()
	 * @generated
	 */
	int PREMIUM_PAYMENT = 31;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.PaymentSystem <em>Payment System</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.PaymentSystem
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getPaymentSystem()
	 * @generated
	 */
	int PAYMENT_SYSTEM = 32;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.MembershipType <em>Membership Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.MembershipType
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getMembershipType()
	 * @generated
	 */
	int MEMBERSHIP_TYPE = 33;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.MembershipUnit <em>Membership Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.MembershipUnit
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getMembershipUnit()
	 * @generated
	 */
	int MEMBERSHIP_UNIT = 34;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.BeneficiaryRole <em>Beneficiary Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.BeneficiaryRole
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getBeneficiaryRole()
	 * @generated
	 */
	int BENEFICIARY_ROLE = 35;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.Sex <em>Sex</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.Sex
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getSex()
	 * @generated
	 */
	int SEX = 36;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.ClaimStatus <em>Claim Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.ClaimStatus
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getClaimStatus()
	 * @generated
	 */
	int CLAIM_STATUS = 37;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.PaymentMechanism <em>Payment Mechanism</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.PaymentMechanism
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getPaymentMechanism()
	 * @generated
	 */
	int PAYMENT_MECHANISM = 38;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.RoleTableCopy <em>Role Table Copy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.RoleTableCopy
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getRoleTableCopy()
	 * @generated
	 */
	int ROLE_TABLE_COPY = 39;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.BudgetSheet <em>Budget Sheet</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.BudgetSheet
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getBudgetSheet()
	 * @generated
	 */
	int BUDGET_SHEET = 40;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.SurveyKind <em>Survey Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.SurveyKind
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getSurveyKind()
	 * @generated
	 */
	int SURVEY_KIND = 41;

	/**
	 * The meta object id for the '{@link org.hmis.eval.model.SurveyGroup <em>Survey Group</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.SurveyGroup
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getSurveyGroup()
	 * @generated
	 */
	int SURVEY_GROUP = 42;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 43;

	/**
	 * The meta object id for the '<em>Register Tables</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.hmis.eval.model.registers.RegisterTables
	 * @see org.hmis.eval.model.impl.ModelPackageImpl#getRegisterTables()
	 * @generated
	 */
	int REGISTER_TABLES = 44;


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
	 * Returns the meta object for the containment reference '{@link org.hmis.eval.model.Evaluation#getRegisters <em>Registers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Registers</em>'.
	 * @see org.hmis.eval.model.Evaluation#getRegisters()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Registers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.Evaluation#getInvestments <em>Investments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Investments</em>'.
	 * @see org.hmis.eval.model.Evaluation#getInvestments()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Investments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.Evaluation#getRoleAssignments <em>Role Assignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Role Assignments</em>'.
	 * @see org.hmis.eval.model.Evaluation#getRoleAssignments()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_RoleAssignments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.Evaluation#getRoleAbbreviations <em>Role Abbreviations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Role Abbreviations</em>'.
	 * @see org.hmis.eval.model.Evaluation#getRoleAbbreviations()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_RoleAbbreviations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.Evaluation#getContractAnalyses <em>Contract Analyses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contract Analyses</em>'.
	 * @see org.hmis.eval.model.Evaluation#getContractAnalyses()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_ContractAnalyses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.Evaluation#getLegalRecognition <em>Legal Recognition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Legal Recognition</em>'.
	 * @see org.hmis.eval.model.Evaluation#getLegalRecognition()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_LegalRecognition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.Evaluation#getObligations <em>Obligations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Obligations</em>'.
	 * @see org.hmis.eval.model.Evaluation#getObligations()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Obligations();

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
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.Scheme#getProviders <em>Providers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Providers</em>'.
	 * @see org.hmis.eval.model.Scheme#getProviders()
	 * @see #getScheme()
	 * @generated
	 */
	EReference getScheme_Providers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.Scheme#getServiceCategories <em>Service Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Service Categories</em>'.
	 * @see org.hmis.eval.model.Scheme#getServiceCategories()
	 * @see #getScheme()
	 * @generated
	 */
	EReference getScheme_ServiceCategories();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.Scheme#getBenefitPlans <em>Benefit Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Benefit Plans</em>'.
	 * @see org.hmis.eval.model.Scheme#getBenefitPlans()
	 * @see #getScheme()
	 * @generated
	 */
	EReference getScheme_BenefitPlans();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.Provider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provider</em>'.
	 * @see org.hmis.eval.model.Provider
	 * @generated
	 */
	EClass getProvider();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Provider#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.hmis.eval.model.Provider#getName()
	 * @see #getProvider()
	 * @generated
	 */
	EAttribute getProvider_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Provider#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.hmis.eval.model.Provider#getKind()
	 * @see #getProvider()
	 * @generated
	 */
	EAttribute getProvider_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.hmis.eval.model.Provider#getOfferedCategories <em>Offered Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Offered Categories</em>'.
	 * @see org.hmis.eval.model.Provider#getOfferedCategories()
	 * @see #getProvider()
	 * @generated
	 */
	EAttribute getProvider_OfferedCategories();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Provider#isContracted <em>Contracted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contracted</em>'.
	 * @see org.hmis.eval.model.Provider#isContracted()
	 * @see #getProvider()
	 * @generated
	 */
	EAttribute getProvider_Contracted();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Provider#getRemark <em>Remark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remark</em>'.
	 * @see org.hmis.eval.model.Provider#getRemark()
	 * @see #getProvider()
	 * @generated
	 */
	EAttribute getProvider_Remark();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.ServiceCategory <em>Service Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Category</em>'.
	 * @see org.hmis.eval.model.ServiceCategory
	 * @generated
	 */
	EClass getServiceCategory();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ServiceCategory#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.hmis.eval.model.ServiceCategory#getCode()
	 * @see #getServiceCategory()
	 * @generated
	 */
	EAttribute getServiceCategory_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ServiceCategory#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.hmis.eval.model.ServiceCategory#getLabel()
	 * @see #getServiceCategory()
	 * @generated
	 */
	EAttribute getServiceCategory_Label();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.BenefitPlan <em>Benefit Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Benefit Plan</em>'.
	 * @see org.hmis.eval.model.BenefitPlan
	 * @generated
	 */
	EClass getBenefitPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.BenefitPlan#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.hmis.eval.model.BenefitPlan#getCode()
	 * @see #getBenefitPlan()
	 * @generated
	 */
	EAttribute getBenefitPlan_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.BenefitPlan#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.hmis.eval.model.BenefitPlan#getLabel()
	 * @see #getBenefitPlan()
	 * @generated
	 */
	EAttribute getBenefitPlan_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.BenefitPlan#getPremium <em>Premium</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Premium</em>'.
	 * @see org.hmis.eval.model.BenefitPlan#getPremium()
	 * @see #getBenefitPlan()
	 * @generated
	 */
	EAttribute getBenefitPlan_Premium();

	/**
	 * Returns the meta object for the attribute list '{@link org.hmis.eval.model.BenefitPlan#getCoveredCategories <em>Covered Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Covered Categories</em>'.
	 * @see org.hmis.eval.model.BenefitPlan#getCoveredCategories()
	 * @see #getBenefitPlan()
	 * @generated
	 */
	EAttribute getBenefitPlan_CoveredCategories();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.BenefitPlan#getRemark <em>Remark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remark</em>'.
	 * @see org.hmis.eval.model.BenefitPlan#getRemark()
	 * @see #getBenefitPlan()
	 * @generated
	 */
	EAttribute getBenefitPlan_Remark();

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
	 * Returns the meta object for the containment reference '{@link org.hmis.eval.model.AccountingYear#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Population</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getPopulation()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_Population();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.AccountingYear#getPopulationGroups <em>Population Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Population Groups</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getPopulationGroups()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_PopulationGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.AccountingYear#getBeneficiaryGroups <em>Beneficiary Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Beneficiary Groups</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getBeneficiaryGroups()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_BeneficiaryGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.AccountingYear#getMonthlyBeneficiaries <em>Monthly Beneficiaries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Monthly Beneficiaries</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getMonthlyBeneficiaries()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_MonthlyBeneficiaries();

	/**
	 * Returns the meta object for the containment reference '{@link org.hmis.eval.model.AccountingYear#getMembershipAverages <em>Membership Averages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Membership Averages</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getMembershipAverages()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_MembershipAverages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.AccountingYear#getClaimsListing <em>Claims Listing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Claims Listing</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getClaimsListing()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_ClaimsListing();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.AccountingYear#getProviderActivity <em>Provider Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Provider Activity</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getProviderActivity()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_ProviderActivity();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.AccountingYear#getMembershipMix <em>Membership Mix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Membership Mix</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getMembershipMix()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_MembershipMix();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.AccountingYear#getEntitlementTools <em>Entitlement Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entitlement Tools</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getEntitlementTools()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_EntitlementTools();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.AccountingYear#getSurveyCases <em>Survey Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Survey Cases</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getSurveyCases()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_SurveyCases();

	/**
	 * Returns the meta object for the containment reference '{@link org.hmis.eval.model.AccountingYear#getRenewalSummary <em>Renewal Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Renewal Summary</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getRenewalSummary()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_RenewalSummary();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.AccountingYear#getRiskPortfolio <em>Risk Portfolio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Risk Portfolio</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getRiskPortfolio()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_RiskPortfolio();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.AccountingYear#getChecklistAnswers <em>Checklist Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Checklist Answers</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getChecklistAnswers()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_ChecklistAnswers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.AccountingYear#getExclusionSurveys <em>Exclusion Surveys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Exclusion Surveys</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getExclusionSurveys()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_ExclusionSurveys();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.AccountingYear#getManagementTools <em>Management Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Management Tools</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getManagementTools()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_ManagementTools();

	/**
	 * Returns the meta object for the containment reference list '{@link org.hmis.eval.model.AccountingYear#getBudgetLines <em>Budget Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budget Lines</em>'.
	 * @see org.hmis.eval.model.AccountingYear#getBudgetLines()
	 * @see #getAccountingYear()
	 * @generated
	 */
	EReference getAccountingYear_BudgetLines();

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
	 * Returns the meta object for class '{@link org.hmis.eval.model.PopulationFigures <em>Population Figures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Population Figures</em>'.
	 * @see org.hmis.eval.model.PopulationFigures
	 * @generated
	 */
	EClass getPopulationFigures();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.PopulationFigures#getAreaPopulation <em>Area Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area Population</em>'.
	 * @see org.hmis.eval.model.PopulationFigures#getAreaPopulation()
	 * @see #getPopulationFigures()
	 * @generated
	 */
	EAttribute getPopulationFigures_AreaPopulation();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.PopulationFigures#getCensusPopulation <em>Census Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Census Population</em>'.
	 * @see org.hmis.eval.model.PopulationFigures#getCensusPopulation()
	 * @see #getPopulationFigures()
	 * @generated
	 */
	EAttribute getPopulationFigures_CensusPopulation();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.PopulationFigures#getCensusYear <em>Census Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Census Year</em>'.
	 * @see org.hmis.eval.model.PopulationFigures#getCensusYear()
	 * @see #getPopulationFigures()
	 * @generated
	 */
	EAttribute getPopulationFigures_CensusYear();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.PopulationFigures#getGrowthRate <em>Growth Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Growth Rate</em>'.
	 * @see org.hmis.eval.model.PopulationFigures#getGrowthRate()
	 * @see #getPopulationFigures()
	 * @generated
	 */
	EAttribute getPopulationFigures_GrowthRate();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.PopulationFigures#getAreaKm2 <em>Area Km2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area Km2</em>'.
	 * @see org.hmis.eval.model.PopulationFigures#getAreaKm2()
	 * @see #getPopulationFigures()
	 * @generated
	 */
	EAttribute getPopulationFigures_AreaKm2();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.PopulationFigures#getTargetPopulation <em>Target Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Population</em>'.
	 * @see org.hmis.eval.model.PopulationFigures#getTargetPopulation()
	 * @see #getPopulationFigures()
	 * @generated
	 */
	EAttribute getPopulationFigures_TargetPopulation();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.PopulationFigures#getHouseholdSize <em>Household Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Household Size</em>'.
	 * @see org.hmis.eval.model.PopulationFigures#getHouseholdSize()
	 * @see #getPopulationFigures()
	 * @generated
	 */
	EAttribute getPopulationFigures_HouseholdSize();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.PopulationFigures#getAreaIncome <em>Area Income</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area Income</em>'.
	 * @see org.hmis.eval.model.PopulationFigures#getAreaIncome()
	 * @see #getPopulationFigures()
	 * @generated
	 */
	EAttribute getPopulationFigures_AreaIncome();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.PopulationFigures#getTargetIncome <em>Target Income</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Income</em>'.
	 * @see org.hmis.eval.model.PopulationFigures#getTargetIncome()
	 * @see #getPopulationFigures()
	 * @generated
	 */
	EAttribute getPopulationFigures_TargetIncome();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.PopulationGroup <em>Population Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Population Group</em>'.
	 * @see org.hmis.eval.model.PopulationGroup
	 * @generated
	 */
	EClass getPopulationGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.PopulationGroup#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.hmis.eval.model.PopulationGroup#getCategory()
	 * @see #getPopulationGroup()
	 * @generated
	 */
	EAttribute getPopulationGroup_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.PopulationGroup#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.hmis.eval.model.PopulationGroup#getCount()
	 * @see #getPopulationGroup()
	 * @generated
	 */
	EAttribute getPopulationGroup_Count();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.MonthlyBeneficiaries <em>Monthly Beneficiaries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Monthly Beneficiaries</em>'.
	 * @see org.hmis.eval.model.MonthlyBeneficiaries
	 * @generated
	 */
	EClass getMonthlyBeneficiaries();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MonthlyBeneficiaries#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.hmis.eval.model.MonthlyBeneficiaries#getMonth()
	 * @see #getMonthlyBeneficiaries()
	 * @generated
	 */
	EAttribute getMonthlyBeneficiaries_Month();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MonthlyBeneficiaries#getX1 <em>X1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X1</em>'.
	 * @see org.hmis.eval.model.MonthlyBeneficiaries#getX1()
	 * @see #getMonthlyBeneficiaries()
	 * @generated
	 */
	EAttribute getMonthlyBeneficiaries_X1();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MonthlyBeneficiaries#getX2 <em>X2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X2</em>'.
	 * @see org.hmis.eval.model.MonthlyBeneficiaries#getX2()
	 * @see #getMonthlyBeneficiaries()
	 * @generated
	 */
	EAttribute getMonthlyBeneficiaries_X2();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MonthlyBeneficiaries#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.hmis.eval.model.MonthlyBeneficiaries#getX()
	 * @see #getMonthlyBeneficiaries()
	 * @generated
	 */
	EAttribute getMonthlyBeneficiaries_X();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MonthlyBeneficiaries#getY1 <em>Y1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y1</em>'.
	 * @see org.hmis.eval.model.MonthlyBeneficiaries#getY1()
	 * @see #getMonthlyBeneficiaries()
	 * @generated
	 */
	EAttribute getMonthlyBeneficiaries_Y1();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MonthlyBeneficiaries#getY2 <em>Y2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y2</em>'.
	 * @see org.hmis.eval.model.MonthlyBeneficiaries#getY2()
	 * @see #getMonthlyBeneficiaries()
	 * @generated
	 */
	EAttribute getMonthlyBeneficiaries_Y2();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MonthlyBeneficiaries#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.hmis.eval.model.MonthlyBeneficiaries#getY()
	 * @see #getMonthlyBeneficiaries()
	 * @generated
	 */
	EAttribute getMonthlyBeneficiaries_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MonthlyBeneficiaries#getZ1 <em>Z1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Z1</em>'.
	 * @see org.hmis.eval.model.MonthlyBeneficiaries#getZ1()
	 * @see #getMonthlyBeneficiaries()
	 * @generated
	 */
	EAttribute getMonthlyBeneficiaries_Z1();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MonthlyBeneficiaries#getZ2 <em>Z2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Z2</em>'.
	 * @see org.hmis.eval.model.MonthlyBeneficiaries#getZ2()
	 * @see #getMonthlyBeneficiaries()
	 * @generated
	 */
	EAttribute getMonthlyBeneficiaries_Z2();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MonthlyBeneficiaries#getZ3 <em>Z3</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Z3</em>'.
	 * @see org.hmis.eval.model.MonthlyBeneficiaries#getZ3()
	 * @see #getMonthlyBeneficiaries()
	 * @generated
	 */
	EAttribute getMonthlyBeneficiaries_Z3();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MonthlyBeneficiaries#getDependents <em>Dependents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dependents</em>'.
	 * @see org.hmis.eval.model.MonthlyBeneficiaries#getDependents()
	 * @see #getMonthlyBeneficiaries()
	 * @generated
	 */
	EAttribute getMonthlyBeneficiaries_Dependents();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.MembershipAverages <em>Membership Averages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Membership Averages</em>'.
	 * @see org.hmis.eval.model.MembershipAverages
	 * @generated
	 */
	EClass getMembershipAverages();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MembershipAverages#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Members</em>'.
	 * @see org.hmis.eval.model.MembershipAverages#getMembers()
	 * @see #getMembershipAverages()
	 * @generated
	 */
	EAttribute getMembershipAverages_Members();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MembershipAverages#getBeneficiaries <em>Beneficiaries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beneficiaries</em>'.
	 * @see org.hmis.eval.model.MembershipAverages#getBeneficiaries()
	 * @see #getMembershipAverages()
	 * @generated
	 */
	EAttribute getMembershipAverages_Beneficiaries();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MembershipAverages#getDependents <em>Dependents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dependents</em>'.
	 * @see org.hmis.eval.model.MembershipAverages#getDependents()
	 * @see #getMembershipAverages()
	 * @generated
	 */
	EAttribute getMembershipAverages_Dependents();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MembershipAverages#getMembersOldAreas <em>Members Old Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Members Old Areas</em>'.
	 * @see org.hmis.eval.model.MembershipAverages#getMembersOldAreas()
	 * @see #getMembershipAverages()
	 * @generated
	 */
	EAttribute getMembershipAverages_MembersOldAreas();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MembershipAverages#getMembersNewAreas <em>Members New Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Members New Areas</em>'.
	 * @see org.hmis.eval.model.MembershipAverages#getMembersNewAreas()
	 * @see #getMembershipAverages()
	 * @generated
	 */
	EAttribute getMembershipAverages_MembersNewAreas();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.ClaimsListingEntry <em>Claims Listing Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claims Listing Entry</em>'.
	 * @see org.hmis.eval.model.ClaimsListingEntry
	 * @generated
	 */
	EClass getClaimsListingEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ClaimsListingEntry#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.hmis.eval.model.ClaimsListingEntry#getMonth()
	 * @see #getClaimsListingEntry()
	 * @generated
	 */
	EAttribute getClaimsListingEntry_Month();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ClaimsListingEntry#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see org.hmis.eval.model.ClaimsListingEntry#getProvider()
	 * @see #getClaimsListingEntry()
	 * @generated
	 */
	EAttribute getClaimsListingEntry_Provider();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ClaimsListingEntry#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.hmis.eval.model.ClaimsListingEntry#getCategory()
	 * @see #getClaimsListingEntry()
	 * @generated
	 */
	EAttribute getClaimsListingEntry_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ClaimsListingEntry#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.hmis.eval.model.ClaimsListingEntry#getCount()
	 * @see #getClaimsListingEntry()
	 * @generated
	 */
	EAttribute getClaimsListingEntry_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ClaimsListingEntry#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.hmis.eval.model.ClaimsListingEntry#getCost()
	 * @see #getClaimsListingEntry()
	 * @generated
	 */
	EAttribute getClaimsListingEntry_Cost();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.ProviderActivity <em>Provider Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provider Activity</em>'.
	 * @see org.hmis.eval.model.ProviderActivity
	 * @generated
	 */
	EClass getProviderActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ProviderActivity#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see org.hmis.eval.model.ProviderActivity#getProvider()
	 * @see #getProviderActivity()
	 * @generated
	 */
	EAttribute getProviderActivity_Provider();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ProviderActivity#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.hmis.eval.model.ProviderActivity#getCategory()
	 * @see #getProviderActivity()
	 * @generated
	 */
	EAttribute getProviderActivity_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ProviderActivity#getServicesDispensed <em>Services Dispensed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Services Dispensed</em>'.
	 * @see org.hmis.eval.model.ProviderActivity#getServicesDispensed()
	 * @see #getProviderActivity()
	 * @generated
	 */
	EAttribute getProviderActivity_ServicesDispensed();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ProviderActivity#getNonBeneficiaryServices <em>Non Beneficiary Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Non Beneficiary Services</em>'.
	 * @see org.hmis.eval.model.ProviderActivity#getNonBeneficiaryServices()
	 * @see #getProviderActivity()
	 * @generated
	 */
	EAttribute getProviderActivity_NonBeneficiaryServices();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ProviderActivity#getNonBeneficiaryPopulation <em>Non Beneficiary Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Non Beneficiary Population</em>'.
	 * @see org.hmis.eval.model.ProviderActivity#getNonBeneficiaryPopulation()
	 * @see #getProviderActivity()
	 * @generated
	 */
	EAttribute getProviderActivity_NonBeneficiaryPopulation();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ProviderActivity#getAverageCopayment <em>Average Copayment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Average Copayment</em>'.
	 * @see org.hmis.eval.model.ProviderActivity#getAverageCopayment()
	 * @see #getProviderActivity()
	 * @generated
	 */
	EAttribute getProviderActivity_AverageCopayment();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ProviderActivity#getNonBeneficiaryAverageCost <em>Non Beneficiary Average Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Non Beneficiary Average Cost</em>'.
	 * @see org.hmis.eval.model.ProviderActivity#getNonBeneficiaryAverageCost()
	 * @see #getProviderActivity()
	 * @generated
	 */
	EAttribute getProviderActivity_NonBeneficiaryAverageCost();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ProviderActivity#getCopaymentsReceived <em>Copayments Received</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Copayments Received</em>'.
	 * @see org.hmis.eval.model.ProviderActivity#getCopaymentsReceived()
	 * @see #getProviderActivity()
	 * @generated
	 */
	EAttribute getProviderActivity_CopaymentsReceived();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ProviderActivity#getTotalIncome <em>Total Income</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Income</em>'.
	 * @see org.hmis.eval.model.ProviderActivity#getTotalIncome()
	 * @see #getProviderActivity()
	 * @generated
	 */
	EAttribute getProviderActivity_TotalIncome();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.MembershipMixEntry <em>Membership Mix Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Membership Mix Entry</em>'.
	 * @see org.hmis.eval.model.MembershipMixEntry
	 * @generated
	 */
	EClass getMembershipMixEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MembershipMixEntry#getMembershipType <em>Membership Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Membership Type</em>'.
	 * @see org.hmis.eval.model.MembershipMixEntry#getMembershipType()
	 * @see #getMembershipMixEntry()
	 * @generated
	 */
	EAttribute getMembershipMixEntry_MembershipType();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MembershipMixEntry#getMembershipUnit <em>Membership Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Membership Unit</em>'.
	 * @see org.hmis.eval.model.MembershipMixEntry#getMembershipUnit()
	 * @see #getMembershipMixEntry()
	 * @generated
	 */
	EAttribute getMembershipMixEntry_MembershipUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.MembershipMixEntry#getBeneficiaries <em>Beneficiaries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beneficiaries</em>'.
	 * @see org.hmis.eval.model.MembershipMixEntry#getBeneficiaries()
	 * @see #getMembershipMixEntry()
	 * @generated
	 */
	EAttribute getMembershipMixEntry_Beneficiaries();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.EntitlementTool <em>Entitlement Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entitlement Tool</em>'.
	 * @see org.hmis.eval.model.EntitlementTool
	 * @generated
	 */
	EClass getEntitlementTool();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.EntitlementTool#getTool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tool</em>'.
	 * @see org.hmis.eval.model.EntitlementTool#getTool()
	 * @see #getEntitlementTool()
	 * @generated
	 */
	EAttribute getEntitlementTool_Tool();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.EntitlementTool#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.hmis.eval.model.EntitlementTool#getScore()
	 * @see #getEntitlementTool()
	 * @generated
	 */
	EAttribute getEntitlementTool_Score();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.Registers <em>Registers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Registers</em>'.
	 * @see org.hmis.eval.model.Registers
	 * @generated
	 */
	EClass getRegisters();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Registers#getTables <em>Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tables</em>'.
	 * @see org.hmis.eval.model.Registers#getTables()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Tables();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Registers#getDigest <em>Digest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Digest</em>'.
	 * @see org.hmis.eval.model.Registers#getDigest()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Digest();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.Investment <em>Investment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Investment</em>'.
	 * @see org.hmis.eval.model.Investment
	 * @generated
	 */
	EClass getInvestment();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Investment#getAssetClass <em>Asset Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Asset Class</em>'.
	 * @see org.hmis.eval.model.Investment#getAssetClass()
	 * @see #getInvestment()
	 * @generated
	 */
	EAttribute getInvestment_AssetClass();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Investment#getBookValue <em>Book Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Book Value</em>'.
	 * @see org.hmis.eval.model.Investment#getBookValue()
	 * @see #getInvestment()
	 * @generated
	 */
	EAttribute getInvestment_BookValue();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Investment#getMarketValue <em>Market Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Market Value</em>'.
	 * @see org.hmis.eval.model.Investment#getMarketValue()
	 * @see #getInvestment()
	 * @generated
	 */
	EAttribute getInvestment_MarketValue();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.Investment#getExpectedYield <em>Expected Yield</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Yield</em>'.
	 * @see org.hmis.eval.model.Investment#getExpectedYield()
	 * @see #getInvestment()
	 * @generated
	 */
	EAttribute getInvestment_ExpectedYield();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.SurveyCase <em>Survey Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Survey Case</em>'.
	 * @see org.hmis.eval.model.SurveyCase
	 * @generated
	 */
	EClass getSurveyCase();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.SurveyCase#getSurvey <em>Survey</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Survey</em>'.
	 * @see org.hmis.eval.model.SurveyCase#getSurvey()
	 * @see #getSurveyCase()
	 * @generated
	 */
	EAttribute getSurveyCase_Survey();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.SurveyCase#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.hmis.eval.model.SurveyCase#getGroup()
	 * @see #getSurveyCase()
	 * @generated
	 */
	EAttribute getSurveyCase_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.SurveyCase#getCaseId <em>Case Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Id</em>'.
	 * @see org.hmis.eval.model.SurveyCase#getCaseId()
	 * @see #getSurveyCase()
	 * @generated
	 */
	EAttribute getSurveyCase_CaseId();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.SurveyCase#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.hmis.eval.model.SurveyCase#getStartDate()
	 * @see #getSurveyCase()
	 * @generated
	 */
	EAttribute getSurveyCase_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.SurveyCase#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.hmis.eval.model.SurveyCase#getEndDate()
	 * @see #getSurveyCase()
	 * @generated
	 */
	EAttribute getSurveyCase_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.SurveyCase#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.hmis.eval.model.SurveyCase#getCost()
	 * @see #getSurveyCase()
	 * @generated
	 */
	EAttribute getSurveyCase_Cost();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.RenewalSummary <em>Renewal Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Renewal Summary</em>'.
	 * @see org.hmis.eval.model.RenewalSummary
	 * @generated
	 */
	EClass getRenewalSummary();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RenewalSummary#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Members</em>'.
	 * @see org.hmis.eval.model.RenewalSummary#getMembers()
	 * @see #getRenewalSummary()
	 * @generated
	 */
	EAttribute getRenewalSummary_Members();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RenewalSummary#getNewMembers <em>New Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Members</em>'.
	 * @see org.hmis.eval.model.RenewalSummary#getNewMembers()
	 * @see #getRenewalSummary()
	 * @generated
	 */
	EAttribute getRenewalSummary_NewMembers();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RenewalSummary#getLapses <em>Lapses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lapses</em>'.
	 * @see org.hmis.eval.model.RenewalSummary#getLapses()
	 * @see #getRenewalSummary()
	 * @generated
	 */
	EAttribute getRenewalSummary_Lapses();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.RiskPortfolioEntry <em>Risk Portfolio Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk Portfolio Entry</em>'.
	 * @see org.hmis.eval.model.RiskPortfolioEntry
	 * @generated
	 */
	EClass getRiskPortfolioEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RiskPortfolioEntry#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service</em>'.
	 * @see org.hmis.eval.model.RiskPortfolioEntry#getService()
	 * @see #getRiskPortfolioEntry()
	 * @generated
	 */
	EAttribute getRiskPortfolioEntry_Service();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RiskPortfolioEntry#isCovered <em>Covered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Covered</em>'.
	 * @see org.hmis.eval.model.RiskPortfolioEntry#isCovered()
	 * @see #getRiskPortfolioEntry()
	 * @generated
	 */
	EAttribute getRiskPortfolioEntry_Covered();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RiskPortfolioEntry#getWaitingPeriod <em>Waiting Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Waiting Period</em>'.
	 * @see org.hmis.eval.model.RiskPortfolioEntry#getWaitingPeriod()
	 * @see #getRiskPortfolioEntry()
	 * @generated
	 */
	EAttribute getRiskPortfolioEntry_WaitingPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RiskPortfolioEntry#getDeductible <em>Deductible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deductible</em>'.
	 * @see org.hmis.eval.model.RiskPortfolioEntry#getDeductible()
	 * @see #getRiskPortfolioEntry()
	 * @generated
	 */
	EAttribute getRiskPortfolioEntry_Deductible();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RiskPortfolioEntry#getCopaymentPercent <em>Copayment Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Copayment Percent</em>'.
	 * @see org.hmis.eval.model.RiskPortfolioEntry#getCopaymentPercent()
	 * @see #getRiskPortfolioEntry()
	 * @generated
	 */
	EAttribute getRiskPortfolioEntry_CopaymentPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RiskPortfolioEntry#getMaximumBenefit <em>Maximum Benefit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum Benefit</em>'.
	 * @see org.hmis.eval.model.RiskPortfolioEntry#getMaximumBenefit()
	 * @see #getRiskPortfolioEntry()
	 * @generated
	 */
	EAttribute getRiskPortfolioEntry_MaximumBenefit();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RiskPortfolioEntry#isPriorAgreement <em>Prior Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prior Agreement</em>'.
	 * @see org.hmis.eval.model.RiskPortfolioEntry#isPriorAgreement()
	 * @see #getRiskPortfolioEntry()
	 * @generated
	 */
	EAttribute getRiskPortfolioEntry_PriorAgreement();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RiskPortfolioEntry#isCompulsoryReferral <em>Compulsory Referral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compulsory Referral</em>'.
	 * @see org.hmis.eval.model.RiskPortfolioEntry#isCompulsoryReferral()
	 * @see #getRiskPortfolioEntry()
	 * @generated
	 */
	EAttribute getRiskPortfolioEntry_CompulsoryReferral();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RiskPortfolioEntry#getPaymentMechanism <em>Payment Mechanism</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Payment Mechanism</em>'.
	 * @see org.hmis.eval.model.RiskPortfolioEntry#getPaymentMechanism()
	 * @see #getRiskPortfolioEntry()
	 * @generated
	 */
	EAttribute getRiskPortfolioEntry_PaymentMechanism();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RiskPortfolioEntry#isRationalization <em>Rationalization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationalization</em>'.
	 * @see org.hmis.eval.model.RiskPortfolioEntry#isRationalization()
	 * @see #getRiskPortfolioEntry()
	 * @generated
	 */
	EAttribute getRiskPortfolioEntry_Rationalization();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RiskPortfolioEntry#isProviderSelection <em>Provider Selection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider Selection</em>'.
	 * @see org.hmis.eval.model.RiskPortfolioEntry#isProviderSelection()
	 * @see #getRiskPortfolioEntry()
	 * @generated
	 */
	EAttribute getRiskPortfolioEntry_ProviderSelection();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.ChecklistAnswer <em>Checklist Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist Answer</em>'.
	 * @see org.hmis.eval.model.ChecklistAnswer
	 * @generated
	 */
	EClass getChecklistAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ChecklistAnswer#getChecklist <em>Checklist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checklist</em>'.
	 * @see org.hmis.eval.model.ChecklistAnswer#getChecklist()
	 * @see #getChecklistAnswer()
	 * @generated
	 */
	EAttribute getChecklistAnswer_Checklist();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ChecklistAnswer#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item</em>'.
	 * @see org.hmis.eval.model.ChecklistAnswer#getItem()
	 * @see #getChecklistAnswer()
	 * @generated
	 */
	EAttribute getChecklistAnswer_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ChecklistAnswer#isMet <em>Met</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Met</em>'.
	 * @see org.hmis.eval.model.ChecklistAnswer#isMet()
	 * @see #getChecklistAnswer()
	 * @generated
	 */
	EAttribute getChecklistAnswer_Met();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ChecklistAnswer#getRemark <em>Remark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remark</em>'.
	 * @see org.hmis.eval.model.ChecklistAnswer#getRemark()
	 * @see #getChecklistAnswer()
	 * @generated
	 */
	EAttribute getChecklistAnswer_Remark();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.ExclusionSurvey <em>Exclusion Survey</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exclusion Survey</em>'.
	 * @see org.hmis.eval.model.ExclusionSurvey
	 * @generated
	 */
	EClass getExclusionSurvey();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ExclusionSurvey#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.hmis.eval.model.ExclusionSurvey#getGroup()
	 * @see #getExclusionSurvey()
	 * @generated
	 */
	EAttribute getExclusionSurvey_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ExclusionSurvey#getPatients <em>Patients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patients</em>'.
	 * @see org.hmis.eval.model.ExclusionSurvey#getPatients()
	 * @see #getExclusionSurvey()
	 * @generated
	 */
	EAttribute getExclusionSurvey_Patients();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ExclusionSurvey#getExcludedForMoney <em>Excluded For Money</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Excluded For Money</em>'.
	 * @see org.hmis.eval.model.ExclusionSurvey#getExcludedForMoney()
	 * @see #getExclusionSurvey()
	 * @generated
	 */
	EAttribute getExclusionSurvey_ExcludedForMoney();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.ManagementTool <em>Management Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Management Tool</em>'.
	 * @see org.hmis.eval.model.ManagementTool
	 * @generated
	 */
	EClass getManagementTool();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ManagementTool#getTool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tool</em>'.
	 * @see org.hmis.eval.model.ManagementTool#getTool()
	 * @see #getManagementTool()
	 * @generated
	 */
	EAttribute getManagementTool_Tool();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ManagementTool#isUsed <em>Used</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Used</em>'.
	 * @see org.hmis.eval.model.ManagementTool#isUsed()
	 * @see #getManagementTool()
	 * @generated
	 */
	EAttribute getManagementTool_Used();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ManagementTool#getAssessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessment</em>'.
	 * @see org.hmis.eval.model.ManagementTool#getAssessment()
	 * @see #getManagementTool()
	 * @generated
	 */
	EAttribute getManagementTool_Assessment();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Line</em>'.
	 * @see org.hmis.eval.model.BudgetLine
	 * @generated
	 */
	EClass getBudgetLine();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.BudgetLine#getSheet <em>Sheet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sheet</em>'.
	 * @see org.hmis.eval.model.BudgetLine#getSheet()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Sheet();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.BudgetLine#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.hmis.eval.model.BudgetLine#getLine()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.BudgetLine#getQuarter <em>Quarter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quarter</em>'.
	 * @see org.hmis.eval.model.BudgetLine#getQuarter()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Quarter();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.BudgetLine#getBudgeted <em>Budgeted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budgeted</em>'.
	 * @see org.hmis.eval.model.BudgetLine#getBudgeted()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Budgeted();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.BudgetLine#getActual <em>Actual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual</em>'.
	 * @see org.hmis.eval.model.BudgetLine#getActual()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Actual();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.RoleAssignment <em>Role Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role Assignment</em>'.
	 * @see org.hmis.eval.model.RoleAssignment
	 * @generated
	 */
	EClass getRoleAssignment();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RoleAssignment#getCopy <em>Copy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Copy</em>'.
	 * @see org.hmis.eval.model.RoleAssignment#getCopy()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_Copy();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RoleAssignment#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.hmis.eval.model.RoleAssignment#getFunction()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RoleAssignment#getStructure <em>Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Structure</em>'.
	 * @see org.hmis.eval.model.RoleAssignment#getStructure()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_Structure();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RoleAssignment#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actors</em>'.
	 * @see org.hmis.eval.model.RoleAssignment#getActors()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_Actors();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RoleAssignment#isUncertain <em>Uncertain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uncertain</em>'.
	 * @see org.hmis.eval.model.RoleAssignment#isUncertain()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_Uncertain();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RoleAssignment#getRemark <em>Remark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remark</em>'.
	 * @see org.hmis.eval.model.RoleAssignment#getRemark()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_Remark();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.RoleAbbreviation <em>Role Abbreviation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role Abbreviation</em>'.
	 * @see org.hmis.eval.model.RoleAbbreviation
	 * @generated
	 */
	EClass getRoleAbbreviation();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RoleAbbreviation#getAbbreviation <em>Abbreviation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Abbreviation</em>'.
	 * @see org.hmis.eval.model.RoleAbbreviation#getAbbreviation()
	 * @see #getRoleAbbreviation()
	 * @generated
	 */
	EAttribute getRoleAbbreviation_Abbreviation();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.RoleAbbreviation#getMeaning <em>Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meaning</em>'.
	 * @see org.hmis.eval.model.RoleAbbreviation#getMeaning()
	 * @see #getRoleAbbreviation()
	 * @generated
	 */
	EAttribute getRoleAbbreviation_Meaning();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.ContractAnalysisItem <em>Contract Analysis Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contract Analysis Item</em>'.
	 * @see org.hmis.eval.model.ContractAnalysisItem
	 * @generated
	 */
	EClass getContractAnalysisItem();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ContractAnalysisItem#getContractGroup <em>Contract Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contract Group</em>'.
	 * @see org.hmis.eval.model.ContractAnalysisItem#getContractGroup()
	 * @see #getContractAnalysisItem()
	 * @generated
	 */
	EAttribute getContractAnalysisItem_ContractGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ContractAnalysisItem#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item</em>'.
	 * @see org.hmis.eval.model.ContractAnalysisItem#getItem()
	 * @see #getContractAnalysisItem()
	 * @generated
	 */
	EAttribute getContractAnalysisItem_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ContractAnalysisItem#isCovered <em>Covered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Covered</em>'.
	 * @see org.hmis.eval.model.ContractAnalysisItem#isCovered()
	 * @see #getContractAnalysisItem()
	 * @generated
	 */
	EAttribute getContractAnalysisItem_Covered();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.ContractAnalysisItem#getRemark <em>Remark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remark</em>'.
	 * @see org.hmis.eval.model.ContractAnalysisItem#getRemark()
	 * @see #getContractAnalysisItem()
	 * @generated
	 */
	EAttribute getContractAnalysisItem_Remark();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.LegalRecognitionStage <em>Legal Recognition Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Legal Recognition Stage</em>'.
	 * @see org.hmis.eval.model.LegalRecognitionStage
	 * @generated
	 */
	EClass getLegalRecognitionStage();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.LegalRecognitionStage#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.hmis.eval.model.LegalRecognitionStage#getStage()
	 * @see #getLegalRecognitionStage()
	 * @generated
	 */
	EAttribute getLegalRecognitionStage_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.LegalRecognitionStage#isMet <em>Met</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Met</em>'.
	 * @see org.hmis.eval.model.LegalRecognitionStage#isMet()
	 * @see #getLegalRecognitionStage()
	 * @generated
	 */
	EAttribute getLegalRecognitionStage_Met();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.LegalRecognitionStage#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.hmis.eval.model.LegalRecognitionStage#getEvidence()
	 * @see #getLegalRecognitionStage()
	 * @generated
	 */
	EAttribute getLegalRecognitionStage_Evidence();

	/**
	 * Returns the meta object for class '{@link org.hmis.eval.model.StatutoryObligation <em>Statutory Obligation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Statutory Obligation</em>'.
	 * @see org.hmis.eval.model.StatutoryObligation
	 * @generated
	 */
	EClass getStatutoryObligation();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.StatutoryObligation#getObligation <em>Obligation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Obligation</em>'.
	 * @see org.hmis.eval.model.StatutoryObligation#getObligation()
	 * @see #getStatutoryObligation()
	 * @generated
	 */
	EAttribute getStatutoryObligation_Obligation();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.StatutoryObligation#getTheoreticalInterval <em>Theoretical Interval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theoretical Interval</em>'.
	 * @see org.hmis.eval.model.StatutoryObligation#getTheoreticalInterval()
	 * @see #getStatutoryObligation()
	 * @generated
	 */
	EAttribute getStatutoryObligation_TheoreticalInterval();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.StatutoryObligation#getActualFrequency <em>Actual Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Frequency</em>'.
	 * @see org.hmis.eval.model.StatutoryObligation#getActualFrequency()
	 * @see #getStatutoryObligation()
	 * @generated
	 */
	EAttribute getStatutoryObligation_ActualFrequency();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.StatutoryObligation#isCompliant <em>Compliant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compliant</em>'.
	 * @see org.hmis.eval.model.StatutoryObligation#isCompliant()
	 * @see #getStatutoryObligation()
	 * @generated
	 */
	EAttribute getStatutoryObligation_Compliant();

	/**
	 * Returns the meta object for the attribute '{@link org.hmis.eval.model.StatutoryObligation#getRemark <em>Remark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remark</em>'.
	 * @see org.hmis.eval.model.StatutoryObligation#getRemark()
	 * @see #getStatutoryObligation()
	 * @generated
	 */
	EAttribute getStatutoryObligation_Remark();

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
	 * Returns the meta object for enum '{@link org.hmis.eval.model.MembershipType <em>Membership Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Membership Type</em>'.
	 * @see org.hmis.eval.model.MembershipType
	 * @generated
	 */
	EEnum getMembershipType();

	/**
	 * Returns the meta object for enum '{@link org.hmis.eval.model.MembershipUnit <em>Membership Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Membership Unit</em>'.
	 * @see org.hmis.eval.model.MembershipUnit
	 * @generated
	 */
	EEnum getMembershipUnit();

	/**
	 * Returns the meta object for enum '{@link org.hmis.eval.model.BeneficiaryRole <em>Beneficiary Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Beneficiary Role</em>'.
	 * @see org.hmis.eval.model.BeneficiaryRole
	 * @generated
	 */
	EEnum getBeneficiaryRole();

	/**
	 * Returns the meta object for enum '{@link org.hmis.eval.model.Sex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sex</em>'.
	 * @see org.hmis.eval.model.Sex
	 * @generated
	 */
	EEnum getSex();

	/**
	 * Returns the meta object for enum '{@link org.hmis.eval.model.ClaimStatus <em>Claim Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Claim Status</em>'.
	 * @see org.hmis.eval.model.ClaimStatus
	 * @generated
	 */
	EEnum getClaimStatus();

	/**
	 * Returns the meta object for enum '{@link org.hmis.eval.model.PaymentMechanism <em>Payment Mechanism</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Payment Mechanism</em>'.
	 * @see org.hmis.eval.model.PaymentMechanism
	 * @generated
	 */
	EEnum getPaymentMechanism();

	/**
	 * Returns the meta object for enum '{@link org.hmis.eval.model.RoleTableCopy <em>Role Table Copy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role Table Copy</em>'.
	 * @see org.hmis.eval.model.RoleTableCopy
	 * @generated
	 */
	EEnum getRoleTableCopy();

	/**
	 * Returns the meta object for enum '{@link org.hmis.eval.model.BudgetSheet <em>Budget Sheet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Budget Sheet</em>'.
	 * @see org.hmis.eval.model.BudgetSheet
	 * @generated
	 */
	EEnum getBudgetSheet();

	/**
	 * Returns the meta object for enum '{@link org.hmis.eval.model.SurveyKind <em>Survey Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Survey Kind</em>'.
	 * @see org.hmis.eval.model.SurveyKind
	 * @generated
	 */
	EEnum getSurveyKind();

	/**
	 * Returns the meta object for enum '{@link org.hmis.eval.model.SurveyGroup <em>Survey Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Survey Group</em>'.
	 * @see org.hmis.eval.model.SurveyGroup
	 * @generated
	 */
	EEnum getSurveyGroup();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone, written in ISO form (2006-03-15).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link org.hmis.eval.model.registers.RegisterTables <em>Register Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The four registers held column by column (org.hmis.eval.model.registers).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Register Tables</em>'.
	 * @see org.hmis.eval.model.registers.RegisterTables
	 * @model instanceClass="org.hmis.eval.model.registers.RegisterTables" serializeable="false"
	 * @generated
	 */
	EDataType getRegisterTables();

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
		 * The meta object literal for the '<em><b>Registers</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__REGISTERS = eINSTANCE.getEvaluation_Registers();

		/**
		 * The meta object literal for the '<em><b>Investments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__INVESTMENTS = eINSTANCE.getEvaluation_Investments();

		/**
		 * The meta object literal for the '<em><b>Role Assignments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__ROLE_ASSIGNMENTS = eINSTANCE.getEvaluation_RoleAssignments();

		/**
		 * The meta object literal for the '<em><b>Role Abbreviations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__ROLE_ABBREVIATIONS = eINSTANCE.getEvaluation_RoleAbbreviations();

		/**
		 * The meta object literal for the '<em><b>Contract Analyses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__CONTRACT_ANALYSES = eINSTANCE.getEvaluation_ContractAnalyses();

		/**
		 * The meta object literal for the '<em><b>Legal Recognition</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__LEGAL_RECOGNITION = eINSTANCE.getEvaluation_LegalRecognition();

		/**
		 * The meta object literal for the '<em><b>Obligations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__OBLIGATIONS = eINSTANCE.getEvaluation_Obligations();

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
		 * The meta object literal for the '<em><b>Providers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEME__PROVIDERS = eINSTANCE.getScheme_Providers();

		/**
		 * The meta object literal for the '<em><b>Service Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEME__SERVICE_CATEGORIES = eINSTANCE.getScheme_ServiceCategories();

		/**
		 * The meta object literal for the '<em><b>Benefit Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEME__BENEFIT_PLANS = eINSTANCE.getScheme_BenefitPlans();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.ProviderImpl <em>Provider</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.ProviderImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getProvider()
		 * @generated
		 */
		EClass PROVIDER = eINSTANCE.getProvider();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER__NAME = eINSTANCE.getProvider_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER__KIND = eINSTANCE.getProvider_Kind();

		/**
		 * The meta object literal for the '<em><b>Offered Categories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER__OFFERED_CATEGORIES = eINSTANCE.getProvider_OfferedCategories();

		/**
		 * The meta object literal for the '<em><b>Contracted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER__CONTRACTED = eINSTANCE.getProvider_Contracted();

		/**
		 * The meta object literal for the '<em><b>Remark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER__REMARK = eINSTANCE.getProvider_Remark();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.ServiceCategoryImpl <em>Service Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.ServiceCategoryImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getServiceCategory()
		 * @generated
		 */
		EClass SERVICE_CATEGORY = eINSTANCE.getServiceCategory();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CATEGORY__CODE = eINSTANCE.getServiceCategory_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CATEGORY__LABEL = eINSTANCE.getServiceCategory_Label();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.BenefitPlanImpl <em>Benefit Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.BenefitPlanImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getBenefitPlan()
		 * @generated
		 */
		EClass BENEFIT_PLAN = eINSTANCE.getBenefitPlan();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_PLAN__CODE = eINSTANCE.getBenefitPlan_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_PLAN__LABEL = eINSTANCE.getBenefitPlan_Label();

		/**
		 * The meta object literal for the '<em><b>Premium</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_PLAN__PREMIUM = eINSTANCE.getBenefitPlan_Premium();

		/**
		 * The meta object literal for the '<em><b>Covered Categories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_PLAN__COVERED_CATEGORIES = eINSTANCE.getBenefitPlan_CoveredCategories();

		/**
		 * The meta object literal for the '<em><b>Remark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_PLAN__REMARK = eINSTANCE.getBenefitPlan_Remark();

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
		 * The meta object literal for the '<em><b>Population</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__POPULATION = eINSTANCE.getAccountingYear_Population();

		/**
		 * The meta object literal for the '<em><b>Population Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__POPULATION_GROUPS = eINSTANCE.getAccountingYear_PopulationGroups();

		/**
		 * The meta object literal for the '<em><b>Beneficiary Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__BENEFICIARY_GROUPS = eINSTANCE.getAccountingYear_BeneficiaryGroups();

		/**
		 * The meta object literal for the '<em><b>Monthly Beneficiaries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__MONTHLY_BENEFICIARIES = eINSTANCE.getAccountingYear_MonthlyBeneficiaries();

		/**
		 * The meta object literal for the '<em><b>Membership Averages</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES = eINSTANCE.getAccountingYear_MembershipAverages();

		/**
		 * The meta object literal for the '<em><b>Claims Listing</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__CLAIMS_LISTING = eINSTANCE.getAccountingYear_ClaimsListing();

		/**
		 * The meta object literal for the '<em><b>Provider Activity</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__PROVIDER_ACTIVITY = eINSTANCE.getAccountingYear_ProviderActivity();

		/**
		 * The meta object literal for the '<em><b>Membership Mix</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__MEMBERSHIP_MIX = eINSTANCE.getAccountingYear_MembershipMix();

		/**
		 * The meta object literal for the '<em><b>Entitlement Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__ENTITLEMENT_TOOLS = eINSTANCE.getAccountingYear_EntitlementTools();

		/**
		 * The meta object literal for the '<em><b>Survey Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__SURVEY_CASES = eINSTANCE.getAccountingYear_SurveyCases();

		/**
		 * The meta object literal for the '<em><b>Renewal Summary</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__RENEWAL_SUMMARY = eINSTANCE.getAccountingYear_RenewalSummary();

		/**
		 * The meta object literal for the '<em><b>Risk Portfolio</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__RISK_PORTFOLIO = eINSTANCE.getAccountingYear_RiskPortfolio();

		/**
		 * The meta object literal for the '<em><b>Checklist Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__CHECKLIST_ANSWERS = eINSTANCE.getAccountingYear_ChecklistAnswers();

		/**
		 * The meta object literal for the '<em><b>Exclusion Surveys</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__EXCLUSION_SURVEYS = eINSTANCE.getAccountingYear_ExclusionSurveys();

		/**
		 * The meta object literal for the '<em><b>Management Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__MANAGEMENT_TOOLS = eINSTANCE.getAccountingYear_ManagementTools();

		/**
		 * The meta object literal for the '<em><b>Budget Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTING_YEAR__BUDGET_LINES = eINSTANCE.getAccountingYear_BudgetLines();

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
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.PopulationFiguresImpl <em>Population Figures</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.PopulationFiguresImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getPopulationFigures()
		 * @generated
		 */
		EClass POPULATION_FIGURES = eINSTANCE.getPopulationFigures();

		/**
		 * The meta object literal for the '<em><b>Area Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_FIGURES__AREA_POPULATION = eINSTANCE.getPopulationFigures_AreaPopulation();

		/**
		 * The meta object literal for the '<em><b>Census Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_FIGURES__CENSUS_POPULATION = eINSTANCE.getPopulationFigures_CensusPopulation();

		/**
		 * The meta object literal for the '<em><b>Census Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_FIGURES__CENSUS_YEAR = eINSTANCE.getPopulationFigures_CensusYear();

		/**
		 * The meta object literal for the '<em><b>Growth Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_FIGURES__GROWTH_RATE = eINSTANCE.getPopulationFigures_GrowthRate();

		/**
		 * The meta object literal for the '<em><b>Area Km2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_FIGURES__AREA_KM2 = eINSTANCE.getPopulationFigures_AreaKm2();

		/**
		 * The meta object literal for the '<em><b>Target Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_FIGURES__TARGET_POPULATION = eINSTANCE.getPopulationFigures_TargetPopulation();

		/**
		 * The meta object literal for the '<em><b>Household Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_FIGURES__HOUSEHOLD_SIZE = eINSTANCE.getPopulationFigures_HouseholdSize();

		/**
		 * The meta object literal for the '<em><b>Area Income</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_FIGURES__AREA_INCOME = eINSTANCE.getPopulationFigures_AreaIncome();

		/**
		 * The meta object literal for the '<em><b>Target Income</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_FIGURES__TARGET_INCOME = eINSTANCE.getPopulationFigures_TargetIncome();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.PopulationGroupImpl <em>Population Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.PopulationGroupImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getPopulationGroup()
		 * @generated
		 */
		EClass POPULATION_GROUP = eINSTANCE.getPopulationGroup();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_GROUP__CATEGORY = eINSTANCE.getPopulationGroup_Category();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_GROUP__COUNT = eINSTANCE.getPopulationGroup_Count();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.MonthlyBeneficiariesImpl <em>Monthly Beneficiaries</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.MonthlyBeneficiariesImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getMonthlyBeneficiaries()
		 * @generated
		 */
		EClass MONTHLY_BENEFICIARIES = eINSTANCE.getMonthlyBeneficiaries();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_BENEFICIARIES__MONTH = eINSTANCE.getMonthlyBeneficiaries_Month();

		/**
		 * The meta object literal for the '<em><b>X1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_BENEFICIARIES__X1 = eINSTANCE.getMonthlyBeneficiaries_X1();

		/**
		 * The meta object literal for the '<em><b>X2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_BENEFICIARIES__X2 = eINSTANCE.getMonthlyBeneficiaries_X2();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_BENEFICIARIES__X = eINSTANCE.getMonthlyBeneficiaries_X();

		/**
		 * The meta object literal for the '<em><b>Y1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_BENEFICIARIES__Y1 = eINSTANCE.getMonthlyBeneficiaries_Y1();

		/**
		 * The meta object literal for the '<em><b>Y2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_BENEFICIARIES__Y2 = eINSTANCE.getMonthlyBeneficiaries_Y2();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_BENEFICIARIES__Y = eINSTANCE.getMonthlyBeneficiaries_Y();

		/**
		 * The meta object literal for the '<em><b>Z1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_BENEFICIARIES__Z1 = eINSTANCE.getMonthlyBeneficiaries_Z1();

		/**
		 * The meta object literal for the '<em><b>Z2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_BENEFICIARIES__Z2 = eINSTANCE.getMonthlyBeneficiaries_Z2();

		/**
		 * The meta object literal for the '<em><b>Z3</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_BENEFICIARIES__Z3 = eINSTANCE.getMonthlyBeneficiaries_Z3();

		/**
		 * The meta object literal for the '<em><b>Dependents</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_BENEFICIARIES__DEPENDENTS = eINSTANCE.getMonthlyBeneficiaries_Dependents();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.MembershipAveragesImpl <em>Membership Averages</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.MembershipAveragesImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getMembershipAverages()
		 * @generated
		 */
		EClass MEMBERSHIP_AVERAGES = eINSTANCE.getMembershipAverages();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_AVERAGES__MEMBERS = eINSTANCE.getMembershipAverages_Members();

		/**
		 * The meta object literal for the '<em><b>Beneficiaries</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_AVERAGES__BENEFICIARIES = eINSTANCE.getMembershipAverages_Beneficiaries();

		/**
		 * The meta object literal for the '<em><b>Dependents</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_AVERAGES__DEPENDENTS = eINSTANCE.getMembershipAverages_Dependents();

		/**
		 * The meta object literal for the '<em><b>Members Old Areas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_AVERAGES__MEMBERS_OLD_AREAS = eINSTANCE.getMembershipAverages_MembersOldAreas();

		/**
		 * The meta object literal for the '<em><b>Members New Areas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_AVERAGES__MEMBERS_NEW_AREAS = eINSTANCE.getMembershipAverages_MembersNewAreas();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.ClaimsListingEntryImpl <em>Claims Listing Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.ClaimsListingEntryImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getClaimsListingEntry()
		 * @generated
		 */
		EClass CLAIMS_LISTING_ENTRY = eINSTANCE.getClaimsListingEntry();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIMS_LISTING_ENTRY__MONTH = eINSTANCE.getClaimsListingEntry_Month();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIMS_LISTING_ENTRY__PROVIDER = eINSTANCE.getClaimsListingEntry_Provider();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIMS_LISTING_ENTRY__CATEGORY = eINSTANCE.getClaimsListingEntry_Category();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIMS_LISTING_ENTRY__COUNT = eINSTANCE.getClaimsListingEntry_Count();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIMS_LISTING_ENTRY__COST = eINSTANCE.getClaimsListingEntry_Cost();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.ProviderActivityImpl <em>Provider Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.ProviderActivityImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getProviderActivity()
		 * @generated
		 */
		EClass PROVIDER_ACTIVITY = eINSTANCE.getProviderActivity();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER_ACTIVITY__PROVIDER = eINSTANCE.getProviderActivity_Provider();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER_ACTIVITY__CATEGORY = eINSTANCE.getProviderActivity_Category();

		/**
		 * The meta object literal for the '<em><b>Services Dispensed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER_ACTIVITY__SERVICES_DISPENSED = eINSTANCE.getProviderActivity_ServicesDispensed();

		/**
		 * The meta object literal for the '<em><b>Non Beneficiary Services</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER_ACTIVITY__NON_BENEFICIARY_SERVICES = eINSTANCE.getProviderActivity_NonBeneficiaryServices();

		/**
		 * The meta object literal for the '<em><b>Non Beneficiary Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER_ACTIVITY__NON_BENEFICIARY_POPULATION = eINSTANCE.getProviderActivity_NonBeneficiaryPopulation();

		/**
		 * The meta object literal for the '<em><b>Average Copayment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER_ACTIVITY__AVERAGE_COPAYMENT = eINSTANCE.getProviderActivity_AverageCopayment();

		/**
		 * The meta object literal for the '<em><b>Non Beneficiary Average Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER_ACTIVITY__NON_BENEFICIARY_AVERAGE_COST = eINSTANCE.getProviderActivity_NonBeneficiaryAverageCost();

		/**
		 * The meta object literal for the '<em><b>Copayments Received</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER_ACTIVITY__COPAYMENTS_RECEIVED = eINSTANCE.getProviderActivity_CopaymentsReceived();

		/**
		 * The meta object literal for the '<em><b>Total Income</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVIDER_ACTIVITY__TOTAL_INCOME = eINSTANCE.getProviderActivity_TotalIncome();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.MembershipMixEntryImpl <em>Membership Mix Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.MembershipMixEntryImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getMembershipMixEntry()
		 * @generated
		 */
		EClass MEMBERSHIP_MIX_ENTRY = eINSTANCE.getMembershipMixEntry();

		/**
		 * The meta object literal for the '<em><b>Membership Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_TYPE = eINSTANCE.getMembershipMixEntry_MembershipType();

		/**
		 * The meta object literal for the '<em><b>Membership Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_UNIT = eINSTANCE.getMembershipMixEntry_MembershipUnit();

		/**
		 * The meta object literal for the '<em><b>Beneficiaries</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_MIX_ENTRY__BENEFICIARIES = eINSTANCE.getMembershipMixEntry_Beneficiaries();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.EntitlementToolImpl <em>Entitlement Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.EntitlementToolImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getEntitlementTool()
		 * @generated
		 */
		EClass ENTITLEMENT_TOOL = eINSTANCE.getEntitlementTool();

		/**
		 * The meta object literal for the '<em><b>Tool</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITLEMENT_TOOL__TOOL = eINSTANCE.getEntitlementTool_Tool();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITLEMENT_TOOL__SCORE = eINSTANCE.getEntitlementTool_Score();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.RegistersImpl <em>Registers</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.RegistersImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getRegisters()
		 * @generated
		 */
		EClass REGISTERS = eINSTANCE.getRegisters();

		/**
		 * The meta object literal for the '<em><b>Tables</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__TABLES = eINSTANCE.getRegisters_Tables();

		/**
		 * The meta object literal for the '<em><b>Digest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__DIGEST = eINSTANCE.getRegisters_Digest();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.InvestmentImpl <em>Investment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.InvestmentImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getInvestment()
		 * @generated
		 */
		EClass INVESTMENT = eINSTANCE.getInvestment();

		/**
		 * The meta object literal for the '<em><b>Asset Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTMENT__ASSET_CLASS = eINSTANCE.getInvestment_AssetClass();

		/**
		 * The meta object literal for the '<em><b>Book Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTMENT__BOOK_VALUE = eINSTANCE.getInvestment_BookValue();

		/**
		 * The meta object literal for the '<em><b>Market Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTMENT__MARKET_VALUE = eINSTANCE.getInvestment_MarketValue();

		/**
		 * The meta object literal for the '<em><b>Expected Yield</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTMENT__EXPECTED_YIELD = eINSTANCE.getInvestment_ExpectedYield();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.SurveyCaseImpl <em>Survey Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.SurveyCaseImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getSurveyCase()
		 * @generated
		 */
		EClass SURVEY_CASE = eINSTANCE.getSurveyCase();

		/**
		 * The meta object literal for the '<em><b>Survey</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_CASE__SURVEY = eINSTANCE.getSurveyCase_Survey();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_CASE__GROUP = eINSTANCE.getSurveyCase_Group();

		/**
		 * The meta object literal for the '<em><b>Case Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_CASE__CASE_ID = eINSTANCE.getSurveyCase_CaseId();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_CASE__START_DATE = eINSTANCE.getSurveyCase_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_CASE__END_DATE = eINSTANCE.getSurveyCase_EndDate();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_CASE__COST = eINSTANCE.getSurveyCase_Cost();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.RenewalSummaryImpl <em>Renewal Summary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.RenewalSummaryImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getRenewalSummary()
		 * @generated
		 */
		EClass RENEWAL_SUMMARY = eINSTANCE.getRenewalSummary();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RENEWAL_SUMMARY__MEMBERS = eINSTANCE.getRenewalSummary_Members();

		/**
		 * The meta object literal for the '<em><b>New Members</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RENEWAL_SUMMARY__NEW_MEMBERS = eINSTANCE.getRenewalSummary_NewMembers();

		/**
		 * The meta object literal for the '<em><b>Lapses</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RENEWAL_SUMMARY__LAPSES = eINSTANCE.getRenewalSummary_Lapses();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.RiskPortfolioEntryImpl <em>Risk Portfolio Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.RiskPortfolioEntryImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getRiskPortfolioEntry()
		 * @generated
		 */
		EClass RISK_PORTFOLIO_ENTRY = eINSTANCE.getRiskPortfolioEntry();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_PORTFOLIO_ENTRY__SERVICE = eINSTANCE.getRiskPortfolioEntry_Service();

		/**
		 * The meta object literal for the '<em><b>Covered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_PORTFOLIO_ENTRY__COVERED = eINSTANCE.getRiskPortfolioEntry_Covered();

		/**
		 * The meta object literal for the '<em><b>Waiting Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_PORTFOLIO_ENTRY__WAITING_PERIOD = eINSTANCE.getRiskPortfolioEntry_WaitingPeriod();

		/**
		 * The meta object literal for the '<em><b>Deductible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_PORTFOLIO_ENTRY__DEDUCTIBLE = eINSTANCE.getRiskPortfolioEntry_Deductible();

		/**
		 * The meta object literal for the '<em><b>Copayment Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_PORTFOLIO_ENTRY__COPAYMENT_PERCENT = eINSTANCE.getRiskPortfolioEntry_CopaymentPercent();

		/**
		 * The meta object literal for the '<em><b>Maximum Benefit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_PORTFOLIO_ENTRY__MAXIMUM_BENEFIT = eINSTANCE.getRiskPortfolioEntry_MaximumBenefit();

		/**
		 * The meta object literal for the '<em><b>Prior Agreement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_PORTFOLIO_ENTRY__PRIOR_AGREEMENT = eINSTANCE.getRiskPortfolioEntry_PriorAgreement();

		/**
		 * The meta object literal for the '<em><b>Compulsory Referral</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_PORTFOLIO_ENTRY__COMPULSORY_REFERRAL = eINSTANCE.getRiskPortfolioEntry_CompulsoryReferral();

		/**
		 * The meta object literal for the '<em><b>Payment Mechanism</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_PORTFOLIO_ENTRY__PAYMENT_MECHANISM = eINSTANCE.getRiskPortfolioEntry_PaymentMechanism();

		/**
		 * The meta object literal for the '<em><b>Rationalization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_PORTFOLIO_ENTRY__RATIONALIZATION = eINSTANCE.getRiskPortfolioEntry_Rationalization();

		/**
		 * The meta object literal for the '<em><b>Provider Selection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_PORTFOLIO_ENTRY__PROVIDER_SELECTION = eINSTANCE.getRiskPortfolioEntry_ProviderSelection();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.ChecklistAnswerImpl <em>Checklist Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.ChecklistAnswerImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getChecklistAnswer()
		 * @generated
		 */
		EClass CHECKLIST_ANSWER = eINSTANCE.getChecklistAnswer();

		/**
		 * The meta object literal for the '<em><b>Checklist</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ANSWER__CHECKLIST = eINSTANCE.getChecklistAnswer_Checklist();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ANSWER__ITEM = eINSTANCE.getChecklistAnswer_Item();

		/**
		 * The meta object literal for the '<em><b>Met</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ANSWER__MET = eINSTANCE.getChecklistAnswer_Met();

		/**
		 * The meta object literal for the '<em><b>Remark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ANSWER__REMARK = eINSTANCE.getChecklistAnswer_Remark();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.ExclusionSurveyImpl <em>Exclusion Survey</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.ExclusionSurveyImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getExclusionSurvey()
		 * @generated
		 */
		EClass EXCLUSION_SURVEY = eINSTANCE.getExclusionSurvey();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCLUSION_SURVEY__GROUP = eINSTANCE.getExclusionSurvey_Group();

		/**
		 * The meta object literal for the '<em><b>Patients</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCLUSION_SURVEY__PATIENTS = eINSTANCE.getExclusionSurvey_Patients();

		/**
		 * The meta object literal for the '<em><b>Excluded For Money</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCLUSION_SURVEY__EXCLUDED_FOR_MONEY = eINSTANCE.getExclusionSurvey_ExcludedForMoney();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.ManagementToolImpl <em>Management Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.ManagementToolImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getManagementTool()
		 * @generated
		 */
		EClass MANAGEMENT_TOOL = eINSTANCE.getManagementTool();

		/**
		 * The meta object literal for the '<em><b>Tool</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_TOOL__TOOL = eINSTANCE.getManagementTool_Tool();

		/**
		 * The meta object literal for the '<em><b>Used</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_TOOL__USED = eINSTANCE.getManagementTool_Used();

		/**
		 * The meta object literal for the '<em><b>Assessment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_TOOL__ASSESSMENT = eINSTANCE.getManagementTool_Assessment();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.BudgetLineImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getBudgetLine()
		 * @generated
		 */
		EClass BUDGET_LINE = eINSTANCE.getBudgetLine();

		/**
		 * The meta object literal for the '<em><b>Sheet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__SHEET = eINSTANCE.getBudgetLine_Sheet();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__LINE = eINSTANCE.getBudgetLine_Line();

		/**
		 * The meta object literal for the '<em><b>Quarter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__QUARTER = eINSTANCE.getBudgetLine_Quarter();

		/**
		 * The meta object literal for the '<em><b>Budgeted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__BUDGETED = eINSTANCE.getBudgetLine_Budgeted();

		/**
		 * The meta object literal for the '<em><b>Actual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__ACTUAL = eINSTANCE.getBudgetLine_Actual();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.RoleAssignmentImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getRoleAssignment()
		 * @generated
		 */
		EClass ROLE_ASSIGNMENT = eINSTANCE.getRoleAssignment();

		/**
		 * The meta object literal for the '<em><b>Copy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__COPY = eINSTANCE.getRoleAssignment_Copy();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__FUNCTION = eINSTANCE.getRoleAssignment_Function();

		/**
		 * The meta object literal for the '<em><b>Structure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__STRUCTURE = eINSTANCE.getRoleAssignment_Structure();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__ACTORS = eINSTANCE.getRoleAssignment_Actors();

		/**
		 * The meta object literal for the '<em><b>Uncertain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__UNCERTAIN = eINSTANCE.getRoleAssignment_Uncertain();

		/**
		 * The meta object literal for the '<em><b>Remark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__REMARK = eINSTANCE.getRoleAssignment_Remark();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.RoleAbbreviationImpl <em>Role Abbreviation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.RoleAbbreviationImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getRoleAbbreviation()
		 * @generated
		 */
		EClass ROLE_ABBREVIATION = eINSTANCE.getRoleAbbreviation();

		/**
		 * The meta object literal for the '<em><b>Abbreviation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ABBREVIATION__ABBREVIATION = eINSTANCE.getRoleAbbreviation_Abbreviation();

		/**
		 * The meta object literal for the '<em><b>Meaning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ABBREVIATION__MEANING = eINSTANCE.getRoleAbbreviation_Meaning();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.ContractAnalysisItemImpl <em>Contract Analysis Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.ContractAnalysisItemImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getContractAnalysisItem()
		 * @generated
		 */
		EClass CONTRACT_ANALYSIS_ITEM = eINSTANCE.getContractAnalysisItem();

		/**
		 * The meta object literal for the '<em><b>Contract Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT_ANALYSIS_ITEM__CONTRACT_GROUP = eINSTANCE.getContractAnalysisItem_ContractGroup();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT_ANALYSIS_ITEM__ITEM = eINSTANCE.getContractAnalysisItem_Item();

		/**
		 * The meta object literal for the '<em><b>Covered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT_ANALYSIS_ITEM__COVERED = eINSTANCE.getContractAnalysisItem_Covered();

		/**
		 * The meta object literal for the '<em><b>Remark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT_ANALYSIS_ITEM__REMARK = eINSTANCE.getContractAnalysisItem_Remark();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.LegalRecognitionStageImpl <em>Legal Recognition Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.LegalRecognitionStageImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getLegalRecognitionStage()
		 * @generated
		 */
		EClass LEGAL_RECOGNITION_STAGE = eINSTANCE.getLegalRecognitionStage();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_RECOGNITION_STAGE__STAGE = eINSTANCE.getLegalRecognitionStage_Stage();

		/**
		 * The meta object literal for the '<em><b>Met</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_RECOGNITION_STAGE__MET = eINSTANCE.getLegalRecognitionStage_Met();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEGAL_RECOGNITION_STAGE__EVIDENCE = eINSTANCE.getLegalRecognitionStage_Evidence();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.impl.StatutoryObligationImpl <em>Statutory Obligation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.impl.StatutoryObligationImpl
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getStatutoryObligation()
		 * @generated
		 */
		EClass STATUTORY_OBLIGATION = eINSTANCE.getStatutoryObligation();

		/**
		 * The meta object literal for the '<em><b>Obligation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUTORY_OBLIGATION__OBLIGATION = eINSTANCE.getStatutoryObligation_Obligation();

		/**
		 * The meta object literal for the '<em><b>Theoretical Interval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUTORY_OBLIGATION__THEORETICAL_INTERVAL = eINSTANCE.getStatutoryObligation_TheoreticalInterval();

		/**
		 * The meta object literal for the '<em><b>Actual Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUTORY_OBLIGATION__ACTUAL_FREQUENCY = eINSTANCE.getStatutoryObligation_ActualFrequency();

		/**
		 * The meta object literal for the '<em><b>Compliant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUTORY_OBLIGATION__COMPLIANT = eINSTANCE.getStatutoryObligation_Compliant();

		/**
		 * The meta object literal for the '<em><b>Remark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUTORY_OBLIGATION__REMARK = eINSTANCE.getStatutoryObligation_Remark();

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

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.MembershipType <em>Membership Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.MembershipType
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getMembershipType()
		 * @generated
		 */
		EEnum MEMBERSHIP_TYPE = eINSTANCE.getMembershipType();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.MembershipUnit <em>Membership Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.MembershipUnit
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getMembershipUnit()
		 * @generated
		 */
		EEnum MEMBERSHIP_UNIT = eINSTANCE.getMembershipUnit();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.BeneficiaryRole <em>Beneficiary Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.BeneficiaryRole
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getBeneficiaryRole()
		 * @generated
		 */
		EEnum BENEFICIARY_ROLE = eINSTANCE.getBeneficiaryRole();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.Sex <em>Sex</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.Sex
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getSex()
		 * @generated
		 */
		EEnum SEX = eINSTANCE.getSex();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.ClaimStatus <em>Claim Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.ClaimStatus
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getClaimStatus()
		 * @generated
		 */
		EEnum CLAIM_STATUS = eINSTANCE.getClaimStatus();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.PaymentMechanism <em>Payment Mechanism</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.PaymentMechanism
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getPaymentMechanism()
		 * @generated
		 */
		EEnum PAYMENT_MECHANISM = eINSTANCE.getPaymentMechanism();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.RoleTableCopy <em>Role Table Copy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.RoleTableCopy
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getRoleTableCopy()
		 * @generated
		 */
		EEnum ROLE_TABLE_COPY = eINSTANCE.getRoleTableCopy();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.BudgetSheet <em>Budget Sheet</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.BudgetSheet
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getBudgetSheet()
		 * @generated
		 */
		EEnum BUDGET_SHEET = eINSTANCE.getBudgetSheet();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.SurveyKind <em>Survey Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.SurveyKind
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getSurveyKind()
		 * @generated
		 */
		EEnum SURVEY_KIND = eINSTANCE.getSurveyKind();

		/**
		 * The meta object literal for the '{@link org.hmis.eval.model.SurveyGroup <em>Survey Group</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.SurveyGroup
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getSurveyGroup()
		 * @generated
		 */
		EEnum SURVEY_GROUP = eINSTANCE.getSurveyGroup();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Register Tables</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.hmis.eval.model.registers.RegisterTables
		 * @see org.hmis.eval.model.impl.ModelPackageImpl#getRegisterTables()
		 * @generated
		 */
		EDataType REGISTER_TABLES = eINSTANCE.getRegisterTables();

	}

} //ModelPackage
