/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.BeneficiaryRole;
import org.hmis.eval.model.BenefitPlan;
import org.hmis.eval.model.BudgetLine;
import org.hmis.eval.model.BudgetSheet;
import org.hmis.eval.model.ChecklistAnswer;
import org.hmis.eval.model.ClaimStatus;
import org.hmis.eval.model.ClaimsListingEntry;
import org.hmis.eval.model.ContractAnalysisItem;
import org.hmis.eval.model.EnrolmentMode;
import org.hmis.eval.model.EntitlementTool;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ExclusionSurvey;
import org.hmis.eval.model.HiddenCost;
import org.hmis.eval.model.Investment;
import org.hmis.eval.model.LegalRecognitionStage;
import org.hmis.eval.model.ManagementTool;
import org.hmis.eval.model.MembershipAverages;
import org.hmis.eval.model.MembershipMixEntry;
import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.MonthlyBeneficiaries;
import org.hmis.eval.model.PaymentMechanism;
import org.hmis.eval.model.PaymentSystem;
import org.hmis.eval.model.PopulationFigures;
import org.hmis.eval.model.PopulationGroup;
import org.hmis.eval.model.PremiumPayment;
import org.hmis.eval.model.Provider;
import org.hmis.eval.model.ProviderActivity;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.RenewalSummary;
import org.hmis.eval.model.RiskPortfolioEntry;
import org.hmis.eval.model.RoleAbbreviation;
import org.hmis.eval.model.RoleAssignment;
import org.hmis.eval.model.RoleTableCopy;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.ServiceCategory;
import org.hmis.eval.model.Sex;
import org.hmis.eval.model.StatutoryObligation;
import org.hmis.eval.model.SurveyCase;
import org.hmis.eval.model.SurveyGroup;
import org.hmis.eval.model.SurveyKind;

import org.hmis.eval.model.registers.RegisterTables;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelPackageImpl extends EPackageImpl implements ModelPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evaluationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass schemeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass providerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceCategoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass benefitPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountingYearEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hiddenCostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass populationFiguresEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass populationGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass monthlyBeneficiariesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass membershipAveragesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass claimsListingEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass providerActivityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass membershipMixEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass entitlementToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass registersEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass investmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass surveyCaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass renewalSummaryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass riskPortfolioEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exclusionSurveyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass managementToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleAssignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleAbbreviationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contractAnalysisItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass legalRecognitionStageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statutoryObligationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum enrolmentModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum premiumPaymentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum paymentSystemEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum membershipTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum membershipUnitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum beneficiaryRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sexEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum claimStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum paymentMechanismEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleTableCopyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum budgetSheetEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum surveyKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum surveyGroupEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType registerTablesEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.hmis.eval.model.ModelPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ModelPackageImpl() {
		super(eNS_URI, ModelFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ModelPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ModelPackage init() {
		if (isInited) return (ModelPackage)EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredModelPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ModelPackageImpl theModelPackage = registeredModelPackage instanceof ModelPackageImpl ? (ModelPackageImpl)registeredModelPackage : new ModelPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theModelPackage.createPackageContents();

		// Initialize created meta-data
		theModelPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theModelPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ModelPackage.eNS_URI, theModelPackage);
		return theModelPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvaluation() {
		return evaluationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Scheme() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Years() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Title() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Registers() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Investments() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_RoleAssignments() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_RoleAbbreviations() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_ContractAnalyses() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_LegalRecognition() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Obligations() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScheme() {
		return schemeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheme_Name() {
		return (EAttribute)schemeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheme_Country() {
		return (EAttribute)schemeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheme_Currency() {
		return (EAttribute)schemeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheme_FirstYearOfOperation() {
		return (EAttribute)schemeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheme_AccountingYearStartMonth() {
		return (EAttribute)schemeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheme_Enrolment() {
		return (EAttribute)schemeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheme_PremiumPayment() {
		return (EAttribute)schemeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheme_PaymentSystem() {
		return (EAttribute)schemeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheme_RenewalWindowDays() {
		return (EAttribute)schemeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheme_Providers() {
		return (EReference)schemeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheme_ServiceCategories() {
		return (EReference)schemeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheme_BenefitPlans() {
		return (EReference)schemeEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProvider() {
		return providerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvider_Name() {
		return (EAttribute)providerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvider_Kind() {
		return (EAttribute)providerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvider_OfferedCategories() {
		return (EAttribute)providerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvider_Contracted() {
		return (EAttribute)providerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvider_Remark() {
		return (EAttribute)providerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceCategory() {
		return serviceCategoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCategory_Code() {
		return (EAttribute)serviceCategoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCategory_Label() {
		return (EAttribute)serviceCategoryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBenefitPlan() {
		return benefitPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitPlan_Code() {
		return (EAttribute)benefitPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitPlan_Label() {
		return (EAttribute)benefitPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitPlan_Premium() {
		return (EAttribute)benefitPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitPlan_CoveredCategories() {
		return (EAttribute)benefitPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitPlan_Remark() {
		return (EAttribute)benefitPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccountingYear() {
		return accountingYearEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountingYear_Year() {
		return (EAttribute)accountingYearEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_AccountLines() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_HiddenCosts() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_Population() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_PopulationGroups() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_BeneficiaryGroups() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_MonthlyBeneficiaries() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_MembershipAverages() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_ClaimsListing() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_ProviderActivity() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_MembershipMix() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_EntitlementTools() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_SurveyCases() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_RenewalSummary() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_RiskPortfolio() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_ChecklistAnswers() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_ExclusionSurveys() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_ManagementTools() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_BudgetLines() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccountLine() {
		return accountLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountLine_Code() {
		return (EAttribute)accountLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountLine_Amount() {
		return (EAttribute)accountLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHiddenCost() {
		return hiddenCostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHiddenCost_Activity() {
		return (EAttribute)hiddenCostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHiddenCost_EstimatedCost() {
		return (EAttribute)hiddenCostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHiddenCost_Included() {
		return (EAttribute)hiddenCostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHiddenCost_Training() {
		return (EAttribute)hiddenCostEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPopulationFigures() {
		return populationFiguresEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationFigures_AreaPopulation() {
		return (EAttribute)populationFiguresEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationFigures_CensusPopulation() {
		return (EAttribute)populationFiguresEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationFigures_CensusYear() {
		return (EAttribute)populationFiguresEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationFigures_GrowthRate() {
		return (EAttribute)populationFiguresEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationFigures_AreaKm2() {
		return (EAttribute)populationFiguresEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationFigures_TargetPopulation() {
		return (EAttribute)populationFiguresEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationFigures_HouseholdSize() {
		return (EAttribute)populationFiguresEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationFigures_AreaIncome() {
		return (EAttribute)populationFiguresEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationFigures_TargetIncome() {
		return (EAttribute)populationFiguresEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPopulationGroup() {
		return populationGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationGroup_Category() {
		return (EAttribute)populationGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationGroup_Count() {
		return (EAttribute)populationGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMonthlyBeneficiaries() {
		return monthlyBeneficiariesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyBeneficiaries_Month() {
		return (EAttribute)monthlyBeneficiariesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyBeneficiaries_X1() {
		return (EAttribute)monthlyBeneficiariesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyBeneficiaries_X2() {
		return (EAttribute)monthlyBeneficiariesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyBeneficiaries_X() {
		return (EAttribute)monthlyBeneficiariesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyBeneficiaries_Y1() {
		return (EAttribute)monthlyBeneficiariesEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyBeneficiaries_Y2() {
		return (EAttribute)monthlyBeneficiariesEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyBeneficiaries_Y() {
		return (EAttribute)monthlyBeneficiariesEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyBeneficiaries_Z1() {
		return (EAttribute)monthlyBeneficiariesEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyBeneficiaries_Z2() {
		return (EAttribute)monthlyBeneficiariesEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyBeneficiaries_Z3() {
		return (EAttribute)monthlyBeneficiariesEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyBeneficiaries_Dependents() {
		return (EAttribute)monthlyBeneficiariesEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMembershipAverages() {
		return membershipAveragesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembershipAverages_Members() {
		return (EAttribute)membershipAveragesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembershipAverages_Beneficiaries() {
		return (EAttribute)membershipAveragesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembershipAverages_Dependents() {
		return (EAttribute)membershipAveragesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembershipAverages_MembersOldAreas() {
		return (EAttribute)membershipAveragesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembershipAverages_MembersNewAreas() {
		return (EAttribute)membershipAveragesEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClaimsListingEntry() {
		return claimsListingEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClaimsListingEntry_Month() {
		return (EAttribute)claimsListingEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClaimsListingEntry_Provider() {
		return (EAttribute)claimsListingEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClaimsListingEntry_Category() {
		return (EAttribute)claimsListingEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClaimsListingEntry_Count() {
		return (EAttribute)claimsListingEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClaimsListingEntry_Cost() {
		return (EAttribute)claimsListingEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProviderActivity() {
		return providerActivityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProviderActivity_Provider() {
		return (EAttribute)providerActivityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProviderActivity_Category() {
		return (EAttribute)providerActivityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProviderActivity_ServicesDispensed() {
		return (EAttribute)providerActivityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProviderActivity_NonBeneficiaryServices() {
		return (EAttribute)providerActivityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProviderActivity_NonBeneficiaryPopulation() {
		return (EAttribute)providerActivityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProviderActivity_AverageCopayment() {
		return (EAttribute)providerActivityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProviderActivity_NonBeneficiaryAverageCost() {
		return (EAttribute)providerActivityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProviderActivity_CopaymentsReceived() {
		return (EAttribute)providerActivityEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProviderActivity_TotalIncome() {
		return (EAttribute)providerActivityEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMembershipMixEntry() {
		return membershipMixEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembershipMixEntry_MembershipType() {
		return (EAttribute)membershipMixEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembershipMixEntry_MembershipUnit() {
		return (EAttribute)membershipMixEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMembershipMixEntry_Beneficiaries() {
		return (EAttribute)membershipMixEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEntitlementTool() {
		return entitlementToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntitlementTool_Tool() {
		return (EAttribute)entitlementToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEntitlementTool_Score() {
		return (EAttribute)entitlementToolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegisters() {
		return registersEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Tables() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Digest() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInvestment() {
		return investmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestment_AssetClass() {
		return (EAttribute)investmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestment_BookValue() {
		return (EAttribute)investmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestment_MarketValue() {
		return (EAttribute)investmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestment_ExpectedYield() {
		return (EAttribute)investmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSurveyCase() {
		return surveyCaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyCase_Survey() {
		return (EAttribute)surveyCaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyCase_Group() {
		return (EAttribute)surveyCaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyCase_CaseId() {
		return (EAttribute)surveyCaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyCase_StartDate() {
		return (EAttribute)surveyCaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyCase_EndDate() {
		return (EAttribute)surveyCaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyCase_Cost() {
		return (EAttribute)surveyCaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRenewalSummary() {
		return renewalSummaryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRenewalSummary_Members() {
		return (EAttribute)renewalSummaryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRenewalSummary_NewMembers() {
		return (EAttribute)renewalSummaryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRenewalSummary_Lapses() {
		return (EAttribute)renewalSummaryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRiskPortfolioEntry() {
		return riskPortfolioEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskPortfolioEntry_Service() {
		return (EAttribute)riskPortfolioEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskPortfolioEntry_Covered() {
		return (EAttribute)riskPortfolioEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskPortfolioEntry_WaitingPeriod() {
		return (EAttribute)riskPortfolioEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskPortfolioEntry_Deductible() {
		return (EAttribute)riskPortfolioEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskPortfolioEntry_CopaymentPercent() {
		return (EAttribute)riskPortfolioEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskPortfolioEntry_MaximumBenefit() {
		return (EAttribute)riskPortfolioEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskPortfolioEntry_PriorAgreement() {
		return (EAttribute)riskPortfolioEntryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskPortfolioEntry_CompulsoryReferral() {
		return (EAttribute)riskPortfolioEntryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskPortfolioEntry_PaymentMechanism() {
		return (EAttribute)riskPortfolioEntryEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskPortfolioEntry_Rationalization() {
		return (EAttribute)riskPortfolioEntryEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskPortfolioEntry_ProviderSelection() {
		return (EAttribute)riskPortfolioEntryEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklistAnswer() {
		return checklistAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAnswer_Checklist() {
		return (EAttribute)checklistAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAnswer_Item() {
		return (EAttribute)checklistAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAnswer_Met() {
		return (EAttribute)checklistAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAnswer_Remark() {
		return (EAttribute)checklistAnswerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExclusionSurvey() {
		return exclusionSurveyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExclusionSurvey_Group() {
		return (EAttribute)exclusionSurveyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExclusionSurvey_Patients() {
		return (EAttribute)exclusionSurveyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExclusionSurvey_ExcludedForMoney() {
		return (EAttribute)exclusionSurveyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getManagementTool() {
		return managementToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManagementTool_Tool() {
		return (EAttribute)managementToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManagementTool_Used() {
		return (EAttribute)managementToolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManagementTool_Assessment() {
		return (EAttribute)managementToolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudgetLine() {
		return budgetLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Sheet() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Line() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Quarter() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Budgeted() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Actual() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoleAssignment() {
		return roleAssignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_Copy() {
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_Function() {
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_Structure() {
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_Actors() {
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_Uncertain() {
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAssignment_Remark() {
		return (EAttribute)roleAssignmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoleAbbreviation() {
		return roleAbbreviationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAbbreviation_Abbreviation() {
		return (EAttribute)roleAbbreviationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoleAbbreviation_Meaning() {
		return (EAttribute)roleAbbreviationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContractAnalysisItem() {
		return contractAnalysisItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContractAnalysisItem_ContractGroup() {
		return (EAttribute)contractAnalysisItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContractAnalysisItem_Item() {
		return (EAttribute)contractAnalysisItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContractAnalysisItem_Covered() {
		return (EAttribute)contractAnalysisItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContractAnalysisItem_Remark() {
		return (EAttribute)contractAnalysisItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLegalRecognitionStage() {
		return legalRecognitionStageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalRecognitionStage_Stage() {
		return (EAttribute)legalRecognitionStageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalRecognitionStage_Met() {
		return (EAttribute)legalRecognitionStageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalRecognitionStage_Evidence() {
		return (EAttribute)legalRecognitionStageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatutoryObligation() {
		return statutoryObligationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatutoryObligation_Obligation() {
		return (EAttribute)statutoryObligationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatutoryObligation_TheoreticalInterval() {
		return (EAttribute)statutoryObligationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatutoryObligation_ActualFrequency() {
		return (EAttribute)statutoryObligationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatutoryObligation_Compliant() {
		return (EAttribute)statutoryObligationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatutoryObligation_Remark() {
		return (EAttribute)statutoryObligationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEnrolmentMode() {
		return enrolmentModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPremiumPayment() {
		return premiumPaymentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPaymentSystem() {
		return paymentSystemEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMembershipType() {
		return membershipTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMembershipUnit() {
		return membershipUnitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBeneficiaryRole() {
		return beneficiaryRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSex() {
		return sexEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getClaimStatus() {
		return claimStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPaymentMechanism() {
		return paymentMechanismEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRoleTableCopy() {
		return roleTableCopyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBudgetSheet() {
		return budgetSheetEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSurveyKind() {
		return surveyKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSurveyGroup() {
		return surveyGroupEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getRegisterTables() {
		return registerTablesEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelFactory getModelFactory() {
		return (ModelFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		evaluationEClass = createEClass(EVALUATION);
		createEReference(evaluationEClass, EVALUATION__SCHEME);
		createEReference(evaluationEClass, EVALUATION__YEARS);
		createEAttribute(evaluationEClass, EVALUATION__TITLE);
		createEReference(evaluationEClass, EVALUATION__REGISTERS);
		createEReference(evaluationEClass, EVALUATION__INVESTMENTS);
		createEReference(evaluationEClass, EVALUATION__ROLE_ASSIGNMENTS);
		createEReference(evaluationEClass, EVALUATION__ROLE_ABBREVIATIONS);
		createEReference(evaluationEClass, EVALUATION__CONTRACT_ANALYSES);
		createEReference(evaluationEClass, EVALUATION__LEGAL_RECOGNITION);
		createEReference(evaluationEClass, EVALUATION__OBLIGATIONS);

		schemeEClass = createEClass(SCHEME);
		createEAttribute(schemeEClass, SCHEME__NAME);
		createEAttribute(schemeEClass, SCHEME__COUNTRY);
		createEAttribute(schemeEClass, SCHEME__CURRENCY);
		createEAttribute(schemeEClass, SCHEME__FIRST_YEAR_OF_OPERATION);
		createEAttribute(schemeEClass, SCHEME__ACCOUNTING_YEAR_START_MONTH);
		createEAttribute(schemeEClass, SCHEME__ENROLMENT);
		createEAttribute(schemeEClass, SCHEME__PREMIUM_PAYMENT);
		createEAttribute(schemeEClass, SCHEME__PAYMENT_SYSTEM);
		createEAttribute(schemeEClass, SCHEME__RENEWAL_WINDOW_DAYS);
		createEReference(schemeEClass, SCHEME__PROVIDERS);
		createEReference(schemeEClass, SCHEME__SERVICE_CATEGORIES);
		createEReference(schemeEClass, SCHEME__BENEFIT_PLANS);

		providerEClass = createEClass(PROVIDER);
		createEAttribute(providerEClass, PROVIDER__NAME);
		createEAttribute(providerEClass, PROVIDER__KIND);
		createEAttribute(providerEClass, PROVIDER__OFFERED_CATEGORIES);
		createEAttribute(providerEClass, PROVIDER__CONTRACTED);
		createEAttribute(providerEClass, PROVIDER__REMARK);

		serviceCategoryEClass = createEClass(SERVICE_CATEGORY);
		createEAttribute(serviceCategoryEClass, SERVICE_CATEGORY__CODE);
		createEAttribute(serviceCategoryEClass, SERVICE_CATEGORY__LABEL);

		benefitPlanEClass = createEClass(BENEFIT_PLAN);
		createEAttribute(benefitPlanEClass, BENEFIT_PLAN__CODE);
		createEAttribute(benefitPlanEClass, BENEFIT_PLAN__LABEL);
		createEAttribute(benefitPlanEClass, BENEFIT_PLAN__PREMIUM);
		createEAttribute(benefitPlanEClass, BENEFIT_PLAN__COVERED_CATEGORIES);
		createEAttribute(benefitPlanEClass, BENEFIT_PLAN__REMARK);

		accountingYearEClass = createEClass(ACCOUNTING_YEAR);
		createEAttribute(accountingYearEClass, ACCOUNTING_YEAR__YEAR);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__ACCOUNT_LINES);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__HIDDEN_COSTS);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__POPULATION);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__POPULATION_GROUPS);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__BENEFICIARY_GROUPS);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__MONTHLY_BENEFICIARIES);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__CLAIMS_LISTING);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__PROVIDER_ACTIVITY);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__MEMBERSHIP_MIX);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__ENTITLEMENT_TOOLS);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__SURVEY_CASES);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__RENEWAL_SUMMARY);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__RISK_PORTFOLIO);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__CHECKLIST_ANSWERS);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__EXCLUSION_SURVEYS);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__MANAGEMENT_TOOLS);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__BUDGET_LINES);

		accountLineEClass = createEClass(ACCOUNT_LINE);
		createEAttribute(accountLineEClass, ACCOUNT_LINE__CODE);
		createEAttribute(accountLineEClass, ACCOUNT_LINE__AMOUNT);

		hiddenCostEClass = createEClass(HIDDEN_COST);
		createEAttribute(hiddenCostEClass, HIDDEN_COST__ACTIVITY);
		createEAttribute(hiddenCostEClass, HIDDEN_COST__ESTIMATED_COST);
		createEAttribute(hiddenCostEClass, HIDDEN_COST__INCLUDED);
		createEAttribute(hiddenCostEClass, HIDDEN_COST__TRAINING);

		populationFiguresEClass = createEClass(POPULATION_FIGURES);
		createEAttribute(populationFiguresEClass, POPULATION_FIGURES__AREA_POPULATION);
		createEAttribute(populationFiguresEClass, POPULATION_FIGURES__CENSUS_POPULATION);
		createEAttribute(populationFiguresEClass, POPULATION_FIGURES__CENSUS_YEAR);
		createEAttribute(populationFiguresEClass, POPULATION_FIGURES__GROWTH_RATE);
		createEAttribute(populationFiguresEClass, POPULATION_FIGURES__AREA_KM2);
		createEAttribute(populationFiguresEClass, POPULATION_FIGURES__TARGET_POPULATION);
		createEAttribute(populationFiguresEClass, POPULATION_FIGURES__HOUSEHOLD_SIZE);
		createEAttribute(populationFiguresEClass, POPULATION_FIGURES__AREA_INCOME);
		createEAttribute(populationFiguresEClass, POPULATION_FIGURES__TARGET_INCOME);

		populationGroupEClass = createEClass(POPULATION_GROUP);
		createEAttribute(populationGroupEClass, POPULATION_GROUP__CATEGORY);
		createEAttribute(populationGroupEClass, POPULATION_GROUP__COUNT);

		monthlyBeneficiariesEClass = createEClass(MONTHLY_BENEFICIARIES);
		createEAttribute(monthlyBeneficiariesEClass, MONTHLY_BENEFICIARIES__MONTH);
		createEAttribute(monthlyBeneficiariesEClass, MONTHLY_BENEFICIARIES__X1);
		createEAttribute(monthlyBeneficiariesEClass, MONTHLY_BENEFICIARIES__X2);
		createEAttribute(monthlyBeneficiariesEClass, MONTHLY_BENEFICIARIES__X);
		createEAttribute(monthlyBeneficiariesEClass, MONTHLY_BENEFICIARIES__Y1);
		createEAttribute(monthlyBeneficiariesEClass, MONTHLY_BENEFICIARIES__Y2);
		createEAttribute(monthlyBeneficiariesEClass, MONTHLY_BENEFICIARIES__Y);
		createEAttribute(monthlyBeneficiariesEClass, MONTHLY_BENEFICIARIES__Z1);
		createEAttribute(monthlyBeneficiariesEClass, MONTHLY_BENEFICIARIES__Z2);
		createEAttribute(monthlyBeneficiariesEClass, MONTHLY_BENEFICIARIES__Z3);
		createEAttribute(monthlyBeneficiariesEClass, MONTHLY_BENEFICIARIES__DEPENDENTS);

		membershipAveragesEClass = createEClass(MEMBERSHIP_AVERAGES);
		createEAttribute(membershipAveragesEClass, MEMBERSHIP_AVERAGES__MEMBERS);
		createEAttribute(membershipAveragesEClass, MEMBERSHIP_AVERAGES__BENEFICIARIES);
		createEAttribute(membershipAveragesEClass, MEMBERSHIP_AVERAGES__DEPENDENTS);
		createEAttribute(membershipAveragesEClass, MEMBERSHIP_AVERAGES__MEMBERS_OLD_AREAS);
		createEAttribute(membershipAveragesEClass, MEMBERSHIP_AVERAGES__MEMBERS_NEW_AREAS);

		claimsListingEntryEClass = createEClass(CLAIMS_LISTING_ENTRY);
		createEAttribute(claimsListingEntryEClass, CLAIMS_LISTING_ENTRY__MONTH);
		createEAttribute(claimsListingEntryEClass, CLAIMS_LISTING_ENTRY__PROVIDER);
		createEAttribute(claimsListingEntryEClass, CLAIMS_LISTING_ENTRY__CATEGORY);
		createEAttribute(claimsListingEntryEClass, CLAIMS_LISTING_ENTRY__COUNT);
		createEAttribute(claimsListingEntryEClass, CLAIMS_LISTING_ENTRY__COST);

		providerActivityEClass = createEClass(PROVIDER_ACTIVITY);
		createEAttribute(providerActivityEClass, PROVIDER_ACTIVITY__PROVIDER);
		createEAttribute(providerActivityEClass, PROVIDER_ACTIVITY__CATEGORY);
		createEAttribute(providerActivityEClass, PROVIDER_ACTIVITY__SERVICES_DISPENSED);
		createEAttribute(providerActivityEClass, PROVIDER_ACTIVITY__NON_BENEFICIARY_SERVICES);
		createEAttribute(providerActivityEClass, PROVIDER_ACTIVITY__NON_BENEFICIARY_POPULATION);
		createEAttribute(providerActivityEClass, PROVIDER_ACTIVITY__AVERAGE_COPAYMENT);
		createEAttribute(providerActivityEClass, PROVIDER_ACTIVITY__NON_BENEFICIARY_AVERAGE_COST);
		createEAttribute(providerActivityEClass, PROVIDER_ACTIVITY__COPAYMENTS_RECEIVED);
		createEAttribute(providerActivityEClass, PROVIDER_ACTIVITY__TOTAL_INCOME);

		membershipMixEntryEClass = createEClass(MEMBERSHIP_MIX_ENTRY);
		createEAttribute(membershipMixEntryEClass, MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_TYPE);
		createEAttribute(membershipMixEntryEClass, MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_UNIT);
		createEAttribute(membershipMixEntryEClass, MEMBERSHIP_MIX_ENTRY__BENEFICIARIES);

		entitlementToolEClass = createEClass(ENTITLEMENT_TOOL);
		createEAttribute(entitlementToolEClass, ENTITLEMENT_TOOL__TOOL);
		createEAttribute(entitlementToolEClass, ENTITLEMENT_TOOL__SCORE);

		registersEClass = createEClass(REGISTERS);
		createEAttribute(registersEClass, REGISTERS__TABLES);
		createEAttribute(registersEClass, REGISTERS__DIGEST);

		investmentEClass = createEClass(INVESTMENT);
		createEAttribute(investmentEClass, INVESTMENT__ASSET_CLASS);
		createEAttribute(investmentEClass, INVESTMENT__BOOK_VALUE);
		createEAttribute(investmentEClass, INVESTMENT__MARKET_VALUE);
		createEAttribute(investmentEClass, INVESTMENT__EXPECTED_YIELD);

		surveyCaseEClass = createEClass(SURVEY_CASE);
		createEAttribute(surveyCaseEClass, SURVEY_CASE__SURVEY);
		createEAttribute(surveyCaseEClass, SURVEY_CASE__GROUP);
		createEAttribute(surveyCaseEClass, SURVEY_CASE__CASE_ID);
		createEAttribute(surveyCaseEClass, SURVEY_CASE__START_DATE);
		createEAttribute(surveyCaseEClass, SURVEY_CASE__END_DATE);
		createEAttribute(surveyCaseEClass, SURVEY_CASE__COST);

		renewalSummaryEClass = createEClass(RENEWAL_SUMMARY);
		createEAttribute(renewalSummaryEClass, RENEWAL_SUMMARY__MEMBERS);
		createEAttribute(renewalSummaryEClass, RENEWAL_SUMMARY__NEW_MEMBERS);
		createEAttribute(renewalSummaryEClass, RENEWAL_SUMMARY__LAPSES);

		riskPortfolioEntryEClass = createEClass(RISK_PORTFOLIO_ENTRY);
		createEAttribute(riskPortfolioEntryEClass, RISK_PORTFOLIO_ENTRY__SERVICE);
		createEAttribute(riskPortfolioEntryEClass, RISK_PORTFOLIO_ENTRY__COVERED);
		createEAttribute(riskPortfolioEntryEClass, RISK_PORTFOLIO_ENTRY__WAITING_PERIOD);
		createEAttribute(riskPortfolioEntryEClass, RISK_PORTFOLIO_ENTRY__DEDUCTIBLE);
		createEAttribute(riskPortfolioEntryEClass, RISK_PORTFOLIO_ENTRY__COPAYMENT_PERCENT);
		createEAttribute(riskPortfolioEntryEClass, RISK_PORTFOLIO_ENTRY__MAXIMUM_BENEFIT);
		createEAttribute(riskPortfolioEntryEClass, RISK_PORTFOLIO_ENTRY__PRIOR_AGREEMENT);
		createEAttribute(riskPortfolioEntryEClass, RISK_PORTFOLIO_ENTRY__COMPULSORY_REFERRAL);
		createEAttribute(riskPortfolioEntryEClass, RISK_PORTFOLIO_ENTRY__PAYMENT_MECHANISM);
		createEAttribute(riskPortfolioEntryEClass, RISK_PORTFOLIO_ENTRY__RATIONALIZATION);
		createEAttribute(riskPortfolioEntryEClass, RISK_PORTFOLIO_ENTRY__PROVIDER_SELECTION);

		checklistAnswerEClass = createEClass(CHECKLIST_ANSWER);
		createEAttribute(checklistAnswerEClass, CHECKLIST_ANSWER__CHECKLIST);
		createEAttribute(checklistAnswerEClass, CHECKLIST_ANSWER__ITEM);
		createEAttribute(checklistAnswerEClass, CHECKLIST_ANSWER__MET);
		createEAttribute(checklistAnswerEClass, CHECKLIST_ANSWER__REMARK);

		exclusionSurveyEClass = createEClass(EXCLUSION_SURVEY);
		createEAttribute(exclusionSurveyEClass, EXCLUSION_SURVEY__GROUP);
		createEAttribute(exclusionSurveyEClass, EXCLUSION_SURVEY__PATIENTS);
		createEAttribute(exclusionSurveyEClass, EXCLUSION_SURVEY__EXCLUDED_FOR_MONEY);

		managementToolEClass = createEClass(MANAGEMENT_TOOL);
		createEAttribute(managementToolEClass, MANAGEMENT_TOOL__TOOL);
		createEAttribute(managementToolEClass, MANAGEMENT_TOOL__USED);
		createEAttribute(managementToolEClass, MANAGEMENT_TOOL__ASSESSMENT);

		budgetLineEClass = createEClass(BUDGET_LINE);
		createEAttribute(budgetLineEClass, BUDGET_LINE__SHEET);
		createEAttribute(budgetLineEClass, BUDGET_LINE__LINE);
		createEAttribute(budgetLineEClass, BUDGET_LINE__QUARTER);
		createEAttribute(budgetLineEClass, BUDGET_LINE__BUDGETED);
		createEAttribute(budgetLineEClass, BUDGET_LINE__ACTUAL);

		roleAssignmentEClass = createEClass(ROLE_ASSIGNMENT);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__COPY);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__FUNCTION);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__STRUCTURE);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__ACTORS);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__UNCERTAIN);
		createEAttribute(roleAssignmentEClass, ROLE_ASSIGNMENT__REMARK);

		roleAbbreviationEClass = createEClass(ROLE_ABBREVIATION);
		createEAttribute(roleAbbreviationEClass, ROLE_ABBREVIATION__ABBREVIATION);
		createEAttribute(roleAbbreviationEClass, ROLE_ABBREVIATION__MEANING);

		contractAnalysisItemEClass = createEClass(CONTRACT_ANALYSIS_ITEM);
		createEAttribute(contractAnalysisItemEClass, CONTRACT_ANALYSIS_ITEM__CONTRACT_GROUP);
		createEAttribute(contractAnalysisItemEClass, CONTRACT_ANALYSIS_ITEM__ITEM);
		createEAttribute(contractAnalysisItemEClass, CONTRACT_ANALYSIS_ITEM__COVERED);
		createEAttribute(contractAnalysisItemEClass, CONTRACT_ANALYSIS_ITEM__REMARK);

		legalRecognitionStageEClass = createEClass(LEGAL_RECOGNITION_STAGE);
		createEAttribute(legalRecognitionStageEClass, LEGAL_RECOGNITION_STAGE__STAGE);
		createEAttribute(legalRecognitionStageEClass, LEGAL_RECOGNITION_STAGE__MET);
		createEAttribute(legalRecognitionStageEClass, LEGAL_RECOGNITION_STAGE__EVIDENCE);

		statutoryObligationEClass = createEClass(STATUTORY_OBLIGATION);
		createEAttribute(statutoryObligationEClass, STATUTORY_OBLIGATION__OBLIGATION);
		createEAttribute(statutoryObligationEClass, STATUTORY_OBLIGATION__THEORETICAL_INTERVAL);
		createEAttribute(statutoryObligationEClass, STATUTORY_OBLIGATION__ACTUAL_FREQUENCY);
		createEAttribute(statutoryObligationEClass, STATUTORY_OBLIGATION__COMPLIANT);
		createEAttribute(statutoryObligationEClass, STATUTORY_OBLIGATION__REMARK);

		// Create enums
		enrolmentModeEEnum = createEEnum(ENROLMENT_MODE);
		premiumPaymentEEnum = createEEnum(PREMIUM_PAYMENT);
		paymentSystemEEnum = createEEnum(PAYMENT_SYSTEM);
		membershipTypeEEnum = createEEnum(MEMBERSHIP_TYPE);
		membershipUnitEEnum = createEEnum(MEMBERSHIP_UNIT);
		beneficiaryRoleEEnum = createEEnum(BENEFICIARY_ROLE);
		sexEEnum = createEEnum(SEX);
		claimStatusEEnum = createEEnum(CLAIM_STATUS);
		paymentMechanismEEnum = createEEnum(PAYMENT_MECHANISM);
		roleTableCopyEEnum = createEEnum(ROLE_TABLE_COPY);
		budgetSheetEEnum = createEEnum(BUDGET_SHEET);
		surveyKindEEnum = createEEnum(SURVEY_KIND);
		surveyGroupEEnum = createEEnum(SURVEY_GROUP);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		registerTablesEDataType = createEDataType(REGISTER_TABLES);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(evaluationEClass, Evaluation.class, "Evaluation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getEvaluation_Scheme(), this.getScheme(), null, "scheme", null, 1, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvaluation_Years(), this.getAccountingYear(), null, "years", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvaluation_Title(), ecorePackage.getEString(), "title", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvaluation_Registers(), this.getRegisters(), null, "registers", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvaluation_Investments(), this.getInvestment(), null, "investments", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvaluation_RoleAssignments(), this.getRoleAssignment(), null, "roleAssignments", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvaluation_RoleAbbreviations(), this.getRoleAbbreviation(), null, "roleAbbreviations", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvaluation_ContractAnalyses(), this.getContractAnalysisItem(), null, "contractAnalyses", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvaluation_LegalRecognition(), this.getLegalRecognitionStage(), null, "legalRecognition", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvaluation_Obligations(), this.getStatutoryObligation(), null, "obligations", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(schemeEClass, Scheme.class, "Scheme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getScheme_Name(), ecorePackage.getEString(), "name", null, 0, 1, Scheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScheme_Country(), ecorePackage.getEString(), "country", null, 0, 1, Scheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScheme_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, Scheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScheme_FirstYearOfOperation(), ecorePackage.getEIntegerObject(), "firstYearOfOperation", null, 0, 1, Scheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScheme_AccountingYearStartMonth(), ecorePackage.getEInt(), "accountingYearStartMonth", "1", 0, 1, Scheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getScheme_Enrolment(), this.getEnrolmentMode(), "enrolment", null, 0, 1, Scheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScheme_PremiumPayment(), this.getPremiumPayment(), "premiumPayment", null, 0, 1, Scheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScheme_PaymentSystem(), this.getPaymentSystem(), "paymentSystem", null, 0, 1, Scheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScheme_RenewalWindowDays(), ecorePackage.getEInt(), "renewalWindowDays", "30", 0, 1, Scheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getScheme_Providers(), this.getProvider(), null, "providers", null, 0, -1, Scheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScheme_ServiceCategories(), this.getServiceCategory(), null, "serviceCategories", null, 0, -1, Scheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScheme_BenefitPlans(), this.getBenefitPlan(), null, "benefitPlans", null, 0, -1, Scheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(providerEClass, Provider.class, "Provider", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getProvider_Name(), ecorePackage.getEString(), "name", null, 0, 1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvider_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvider_OfferedCategories(), ecorePackage.getEString(), "offeredCategories", null, 0, -1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProvider_Contracted(), ecorePackage.getEBoolean(), "contracted", "true", 0, 1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getProvider_Remark(), ecorePackage.getEString(), "remark", null, 0, 1, Provider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(serviceCategoryEClass, ServiceCategory.class, "ServiceCategory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getServiceCategory_Code(), ecorePackage.getEString(), "code", null, 0, 1, ServiceCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getServiceCategory_Label(), ecorePackage.getEString(), "label", null, 0, 1, ServiceCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(benefitPlanEClass, BenefitPlan.class, "BenefitPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getBenefitPlan_Code(), ecorePackage.getEString(), "code", null, 0, 1, BenefitPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBenefitPlan_Label(), ecorePackage.getEString(), "label", null, 0, 1, BenefitPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBenefitPlan_Premium(), ecorePackage.getEBigDecimal(), "premium", null, 0, 1, BenefitPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBenefitPlan_CoveredCategories(), ecorePackage.getEString(), "coveredCategories", null, 0, -1, BenefitPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBenefitPlan_Remark(), ecorePackage.getEString(), "remark", null, 0, 1, BenefitPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(accountingYearEClass, AccountingYear.class, "AccountingYear", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAccountingYear_Year(), ecorePackage.getEInt(), "year", null, 0, 1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_AccountLines(), this.getAccountLine(), null, "accountLines", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_HiddenCosts(), this.getHiddenCost(), null, "hiddenCosts", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_Population(), this.getPopulationFigures(), null, "population", null, 0, 1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_PopulationGroups(), this.getPopulationGroup(), null, "populationGroups", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_BeneficiaryGroups(), this.getPopulationGroup(), null, "beneficiaryGroups", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_MonthlyBeneficiaries(), this.getMonthlyBeneficiaries(), null, "monthlyBeneficiaries", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_MembershipAverages(), this.getMembershipAverages(), null, "membershipAverages", null, 0, 1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_ClaimsListing(), this.getClaimsListingEntry(), null, "claimsListing", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_ProviderActivity(), this.getProviderActivity(), null, "providerActivity", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_MembershipMix(), this.getMembershipMixEntry(), null, "membershipMix", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_EntitlementTools(), this.getEntitlementTool(), null, "entitlementTools", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_SurveyCases(), this.getSurveyCase(), null, "surveyCases", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_RenewalSummary(), this.getRenewalSummary(), null, "renewalSummary", null, 0, 1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_RiskPortfolio(), this.getRiskPortfolioEntry(), null, "riskPortfolio", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_ChecklistAnswers(), this.getChecklistAnswer(), null, "checklistAnswers", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_ExclusionSurveys(), this.getExclusionSurvey(), null, "exclusionSurveys", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_ManagementTools(), this.getManagementTool(), null, "managementTools", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_BudgetLines(), this.getBudgetLine(), null, "budgetLines", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(accountLineEClass, AccountLine.class, "AccountLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAccountLine_Code(), ecorePackage.getEString(), "code", null, 0, 1, AccountLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAccountLine_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, AccountLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(hiddenCostEClass, HiddenCost.class, "HiddenCost", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getHiddenCost_Activity(), ecorePackage.getEString(), "activity", null, 0, 1, HiddenCost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getHiddenCost_EstimatedCost(), ecorePackage.getEBigDecimal(), "estimatedCost", null, 0, 1, HiddenCost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getHiddenCost_Included(), ecorePackage.getEBoolean(), "included", "true", 0, 1, HiddenCost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHiddenCost_Training(), ecorePackage.getEBoolean(), "training", "false", 0, 1, HiddenCost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(populationFiguresEClass, PopulationFigures.class, "PopulationFigures", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPopulationFigures_AreaPopulation(), ecorePackage.getELongObject(), "areaPopulation", null, 0, 1, PopulationFigures.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPopulationFigures_CensusPopulation(), ecorePackage.getELongObject(), "censusPopulation", null, 0, 1, PopulationFigures.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPopulationFigures_CensusYear(), ecorePackage.getEIntegerObject(), "censusYear", null, 0, 1, PopulationFigures.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPopulationFigures_GrowthRate(), ecorePackage.getEBigDecimal(), "growthRate", null, 0, 1, PopulationFigures.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPopulationFigures_AreaKm2(), ecorePackage.getEBigDecimal(), "areaKm2", null, 0, 1, PopulationFigures.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPopulationFigures_TargetPopulation(), ecorePackage.getELongObject(), "targetPopulation", null, 0, 1, PopulationFigures.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPopulationFigures_HouseholdSize(), ecorePackage.getEBigDecimal(), "householdSize", null, 0, 1, PopulationFigures.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPopulationFigures_AreaIncome(), ecorePackage.getEBigDecimal(), "areaIncome", null, 0, 1, PopulationFigures.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPopulationFigures_TargetIncome(), ecorePackage.getEBigDecimal(), "targetIncome", null, 0, 1, PopulationFigures.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(populationGroupEClass, PopulationGroup.class, "PopulationGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPopulationGroup_Category(), ecorePackage.getEString(), "category", null, 0, 1, PopulationGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPopulationGroup_Count(), ecorePackage.getELong(), "count", null, 0, 1, PopulationGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(monthlyBeneficiariesEClass, MonthlyBeneficiaries.class, "MonthlyBeneficiaries", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMonthlyBeneficiaries_Month(), ecorePackage.getEInt(), "month", null, 0, 1, MonthlyBeneficiaries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMonthlyBeneficiaries_X1(), ecorePackage.getELongObject(), "x1", null, 0, 1, MonthlyBeneficiaries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMonthlyBeneficiaries_X2(), ecorePackage.getELongObject(), "x2", null, 0, 1, MonthlyBeneficiaries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMonthlyBeneficiaries_X(), ecorePackage.getELongObject(), "x", null, 0, 1, MonthlyBeneficiaries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMonthlyBeneficiaries_Y1(), ecorePackage.getELongObject(), "y1", null, 0, 1, MonthlyBeneficiaries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMonthlyBeneficiaries_Y2(), ecorePackage.getELongObject(), "y2", null, 0, 1, MonthlyBeneficiaries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMonthlyBeneficiaries_Y(), ecorePackage.getELongObject(), "y", null, 0, 1, MonthlyBeneficiaries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMonthlyBeneficiaries_Z1(), ecorePackage.getELongObject(), "z1", null, 0, 1, MonthlyBeneficiaries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMonthlyBeneficiaries_Z2(), ecorePackage.getELongObject(), "z2", null, 0, 1, MonthlyBeneficiaries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMonthlyBeneficiaries_Z3(), ecorePackage.getELongObject(), "z3", null, 0, 1, MonthlyBeneficiaries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMonthlyBeneficiaries_Dependents(), ecorePackage.getELongObject(), "dependents", null, 0, 1, MonthlyBeneficiaries.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(membershipAveragesEClass, MembershipAverages.class, "MembershipAverages", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMembershipAverages_Members(), ecorePackage.getEBigDecimal(), "members", null, 0, 1, MembershipAverages.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMembershipAverages_Beneficiaries(), ecorePackage.getEBigDecimal(), "beneficiaries", null, 0, 1, MembershipAverages.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMembershipAverages_Dependents(), ecorePackage.getEBigDecimal(), "dependents", null, 0, 1, MembershipAverages.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMembershipAverages_MembersOldAreas(), ecorePackage.getEBigDecimal(), "membersOldAreas", null, 0, 1, MembershipAverages.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMembershipAverages_MembersNewAreas(), ecorePackage.getEBigDecimal(), "membersNewAreas", null, 0, 1, MembershipAverages.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(claimsListingEntryEClass, ClaimsListingEntry.class, "ClaimsListingEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getClaimsListingEntry_Month(), ecorePackage.getEInt(), "month", null, 0, 1, ClaimsListingEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getClaimsListingEntry_Provider(), ecorePackage.getEString(), "provider", null, 0, 1, ClaimsListingEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getClaimsListingEntry_Category(), ecorePackage.getEString(), "category", null, 0, 1, ClaimsListingEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getClaimsListingEntry_Count(), ecorePackage.getELong(), "count", null, 0, 1, ClaimsListingEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getClaimsListingEntry_Cost(), ecorePackage.getEBigDecimal(), "cost", null, 0, 1, ClaimsListingEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(providerActivityEClass, ProviderActivity.class, "ProviderActivity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getProviderActivity_Provider(), ecorePackage.getEString(), "provider", null, 0, 1, ProviderActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProviderActivity_Category(), ecorePackage.getEString(), "category", null, 0, 1, ProviderActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProviderActivity_ServicesDispensed(), ecorePackage.getELongObject(), "servicesDispensed", null, 0, 1, ProviderActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProviderActivity_NonBeneficiaryServices(), ecorePackage.getELongObject(), "nonBeneficiaryServices", null, 0, 1, ProviderActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProviderActivity_NonBeneficiaryPopulation(), ecorePackage.getELongObject(), "nonBeneficiaryPopulation", null, 0, 1, ProviderActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProviderActivity_AverageCopayment(), ecorePackage.getEBigDecimal(), "averageCopayment", null, 0, 1, ProviderActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProviderActivity_NonBeneficiaryAverageCost(), ecorePackage.getEBigDecimal(), "nonBeneficiaryAverageCost", null, 0, 1, ProviderActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProviderActivity_CopaymentsReceived(), ecorePackage.getEBigDecimal(), "copaymentsReceived", null, 0, 1, ProviderActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProviderActivity_TotalIncome(), ecorePackage.getEBigDecimal(), "totalIncome", null, 0, 1, ProviderActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(membershipMixEntryEClass, MembershipMixEntry.class, "MembershipMixEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMembershipMixEntry_MembershipType(), this.getMembershipType(), "membershipType", null, 0, 1, MembershipMixEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMembershipMixEntry_MembershipUnit(), this.getMembershipUnit(), "membershipUnit", null, 0, 1, MembershipMixEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMembershipMixEntry_Beneficiaries(), ecorePackage.getELong(), "beneficiaries", null, 0, 1, MembershipMixEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(entitlementToolEClass, EntitlementTool.class, "EntitlementTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEntitlementTool_Tool(), ecorePackage.getEString(), "tool", null, 0, 1, EntitlementTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEntitlementTool_Score(), ecorePackage.getEInt(), "score", null, 0, 1, EntitlementTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(registersEClass, Registers.class, "Registers", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRegisters_Tables(), this.getRegisterTables(), "tables", null, 0, 1, Registers.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRegisters_Digest(), ecorePackage.getEString(), "digest", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(investmentEClass, Investment.class, "Investment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getInvestment_AssetClass(), ecorePackage.getEString(), "assetClass", null, 0, 1, Investment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInvestment_BookValue(), ecorePackage.getEBigDecimal(), "bookValue", null, 0, 1, Investment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInvestment_MarketValue(), ecorePackage.getEBigDecimal(), "marketValue", null, 0, 1, Investment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInvestment_ExpectedYield(), ecorePackage.getEBigDecimal(), "expectedYield", null, 0, 1, Investment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(surveyCaseEClass, SurveyCase.class, "SurveyCase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getSurveyCase_Survey(), this.getSurveyKind(), "survey", null, 0, 1, SurveyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSurveyCase_Group(), this.getSurveyGroup(), "group", null, 0, 1, SurveyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSurveyCase_CaseId(), ecorePackage.getEString(), "caseId", null, 0, 1, SurveyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSurveyCase_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, SurveyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSurveyCase_EndDate(), this.getLocalDate(), "endDate", null, 0, 1, SurveyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSurveyCase_Cost(), ecorePackage.getEBigDecimal(), "cost", null, 0, 1, SurveyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(renewalSummaryEClass, RenewalSummary.class, "RenewalSummary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRenewalSummary_Members(), ecorePackage.getELongObject(), "members", null, 0, 1, RenewalSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRenewalSummary_NewMembers(), ecorePackage.getELongObject(), "newMembers", null, 0, 1, RenewalSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRenewalSummary_Lapses(), ecorePackage.getELongObject(), "lapses", null, 0, 1, RenewalSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(riskPortfolioEntryEClass, RiskPortfolioEntry.class, "RiskPortfolioEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRiskPortfolioEntry_Service(), ecorePackage.getEString(), "service", null, 0, 1, RiskPortfolioEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRiskPortfolioEntry_Covered(), ecorePackage.getEBoolean(), "covered", null, 0, 1, RiskPortfolioEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRiskPortfolioEntry_WaitingPeriod(), ecorePackage.getEString(), "waitingPeriod", null, 0, 1, RiskPortfolioEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRiskPortfolioEntry_Deductible(), ecorePackage.getEBigDecimal(), "deductible", null, 0, 1, RiskPortfolioEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRiskPortfolioEntry_CopaymentPercent(), ecorePackage.getEBigDecimal(), "copaymentPercent", null, 0, 1, RiskPortfolioEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRiskPortfolioEntry_MaximumBenefit(), ecorePackage.getEBigDecimal(), "maximumBenefit", null, 0, 1, RiskPortfolioEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRiskPortfolioEntry_PriorAgreement(), ecorePackage.getEBoolean(), "priorAgreement", null, 0, 1, RiskPortfolioEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRiskPortfolioEntry_CompulsoryReferral(), ecorePackage.getEBoolean(), "compulsoryReferral", null, 0, 1, RiskPortfolioEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRiskPortfolioEntry_PaymentMechanism(), this.getPaymentMechanism(), "paymentMechanism", null, 0, 1, RiskPortfolioEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRiskPortfolioEntry_Rationalization(), ecorePackage.getEBoolean(), "rationalization", null, 0, 1, RiskPortfolioEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRiskPortfolioEntry_ProviderSelection(), ecorePackage.getEBoolean(), "providerSelection", null, 0, 1, RiskPortfolioEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(checklistAnswerEClass, ChecklistAnswer.class, "ChecklistAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getChecklistAnswer_Checklist(), ecorePackage.getEString(), "checklist", null, 0, 1, ChecklistAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChecklistAnswer_Item(), ecorePackage.getEInt(), "item", null, 0, 1, ChecklistAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChecklistAnswer_Met(), ecorePackage.getEBoolean(), "met", null, 0, 1, ChecklistAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChecklistAnswer_Remark(), ecorePackage.getEString(), "remark", null, 0, 1, ChecklistAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(exclusionSurveyEClass, ExclusionSurvey.class, "ExclusionSurvey", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getExclusionSurvey_Group(), this.getSurveyGroup(), "group", null, 0, 1, ExclusionSurvey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getExclusionSurvey_Patients(), ecorePackage.getELongObject(), "patients", null, 0, 1, ExclusionSurvey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getExclusionSurvey_ExcludedForMoney(), ecorePackage.getELongObject(), "excludedForMoney", null, 0, 1, ExclusionSurvey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(managementToolEClass, ManagementTool.class, "ManagementTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getManagementTool_Tool(), ecorePackage.getEString(), "tool", null, 0, 1, ManagementTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getManagementTool_Used(), ecorePackage.getEBoolean(), "used", null, 0, 1, ManagementTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getManagementTool_Assessment(), ecorePackage.getEString(), "assessment", null, 0, 1, ManagementTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(budgetLineEClass, BudgetLine.class, "BudgetLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getBudgetLine_Sheet(), this.getBudgetSheet(), "sheet", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudgetLine_Line(), ecorePackage.getEString(), "line", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudgetLine_Quarter(), ecorePackage.getEInt(), "quarter", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudgetLine_Budgeted(), ecorePackage.getEBigDecimal(), "budgeted", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudgetLine_Actual(), ecorePackage.getEBigDecimal(), "actual", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(roleAssignmentEClass, RoleAssignment.class, "RoleAssignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRoleAssignment_Copy(), this.getRoleTableCopy(), "copy", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRoleAssignment_Function(), ecorePackage.getEString(), "function", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRoleAssignment_Structure(), ecorePackage.getEString(), "structure", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRoleAssignment_Actors(), ecorePackage.getEString(), "actors", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRoleAssignment_Uncertain(), ecorePackage.getEBoolean(), "uncertain", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRoleAssignment_Remark(), ecorePackage.getEString(), "remark", null, 0, 1, RoleAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(roleAbbreviationEClass, RoleAbbreviation.class, "RoleAbbreviation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRoleAbbreviation_Abbreviation(), ecorePackage.getEString(), "abbreviation", null, 0, 1, RoleAbbreviation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRoleAbbreviation_Meaning(), ecorePackage.getEString(), "meaning", null, 0, 1, RoleAbbreviation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(contractAnalysisItemEClass, ContractAnalysisItem.class, "ContractAnalysisItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getContractAnalysisItem_ContractGroup(), ecorePackage.getEString(), "contractGroup", null, 0, 1, ContractAnalysisItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContractAnalysisItem_Item(), ecorePackage.getEString(), "item", null, 0, 1, ContractAnalysisItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContractAnalysisItem_Covered(), ecorePackage.getEBoolean(), "covered", null, 0, 1, ContractAnalysisItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContractAnalysisItem_Remark(), ecorePackage.getEString(), "remark", null, 0, 1, ContractAnalysisItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(legalRecognitionStageEClass, LegalRecognitionStage.class, "LegalRecognitionStage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLegalRecognitionStage_Stage(), ecorePackage.getEInt(), "stage", null, 0, 1, LegalRecognitionStage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLegalRecognitionStage_Met(), ecorePackage.getEBoolean(), "met", null, 0, 1, LegalRecognitionStage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLegalRecognitionStage_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, LegalRecognitionStage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(statutoryObligationEClass, StatutoryObligation.class, "StatutoryObligation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getStatutoryObligation_Obligation(), ecorePackage.getEString(), "obligation", null, 0, 1, StatutoryObligation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStatutoryObligation_TheoreticalInterval(), ecorePackage.getEString(), "theoreticalInterval", null, 0, 1, StatutoryObligation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStatutoryObligation_ActualFrequency(), ecorePackage.getEString(), "actualFrequency", null, 0, 1, StatutoryObligation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStatutoryObligation_Compliant(), ecorePackage.getEBoolean(), "compliant", null, 0, 1, StatutoryObligation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStatutoryObligation_Remark(), ecorePackage.getEString(), "remark", null, 0, 1, StatutoryObligation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(enrolmentModeEEnum, EnrolmentMode.class, "EnrolmentMode"); //$NON-NLS-1$
		addEEnumLiteral(enrolmentModeEEnum, EnrolmentMode.OPEN);
		addEEnumLiteral(enrolmentModeEEnum, EnrolmentMode.CLOSED);

		initEEnum(premiumPaymentEEnum, PremiumPayment.class, "PremiumPayment"); //$NON-NLS-1$
		addEEnumLiteral(premiumPaymentEEnum, PremiumPayment.SINGLE);
		addEEnumLiteral(premiumPaymentEEnum, PremiumPayment.INSTALMENTS);

		initEEnum(paymentSystemEEnum, PaymentSystem.class, "PaymentSystem"); //$NON-NLS-1$
		addEEnumLiteral(paymentSystemEEnum, PaymentSystem.THIRD_PARTY);
		addEEnumLiteral(paymentSystemEEnum, PaymentSystem.REIMBURSEMENT);
		addEEnumLiteral(paymentSystemEEnum, PaymentSystem.MIXED);

		initEEnum(membershipTypeEEnum, MembershipType.class, "MembershipType"); //$NON-NLS-1$
		addEEnumLiteral(membershipTypeEEnum, MembershipType.VOLUNTARY);
		addEEnumLiteral(membershipTypeEEnum, MembershipType.AUTOMATIC);
		addEEnumLiteral(membershipTypeEEnum, MembershipType.COMPULSORY);

		initEEnum(membershipUnitEEnum, MembershipUnit.class, "MembershipUnit"); //$NON-NLS-1$
		addEEnumLiteral(membershipUnitEEnum, MembershipUnit.INDIVIDUAL);
		addEEnumLiteral(membershipUnitEEnum, MembershipUnit.FAMILY);
		addEEnumLiteral(membershipUnitEEnum, MembershipUnit.GROUP);

		initEEnum(beneficiaryRoleEEnum, BeneficiaryRole.class, "BeneficiaryRole"); //$NON-NLS-1$
		addEEnumLiteral(beneficiaryRoleEEnum, BeneficiaryRole.MEMBER);
		addEEnumLiteral(beneficiaryRoleEEnum, BeneficiaryRole.DEPENDENT);

		initEEnum(sexEEnum, Sex.class, "Sex"); //$NON-NLS-1$
		addEEnumLiteral(sexEEnum, Sex.FEMALE);
		addEEnumLiteral(sexEEnum, Sex.MALE);

		initEEnum(claimStatusEEnum, ClaimStatus.class, "ClaimStatus"); //$NON-NLS-1$
		addEEnumLiteral(claimStatusEEnum, ClaimStatus.AUTHORIZED);
		addEEnumLiteral(claimStatusEEnum, ClaimStatus.REJECTED);
		addEEnumLiteral(claimStatusEEnum, ClaimStatus.PENDING);

		initEEnum(paymentMechanismEEnum, PaymentMechanism.class, "PaymentMechanism"); //$NON-NLS-1$
		addEEnumLiteral(paymentMechanismEEnum, PaymentMechanism.FEE_FOR_SERVICE);
		addEEnumLiteral(paymentMechanismEEnum, PaymentMechanism.PER_CASE);
		addEEnumLiteral(paymentMechanismEEnum, PaymentMechanism.PER_DAY);
		addEEnumLiteral(paymentMechanismEEnum, PaymentMechanism.CAPITATION);

		initEEnum(roleTableCopyEEnum, RoleTableCopy.class, "RoleTableCopy"); //$NON-NLS-1$
		addEEnumLiteral(roleTableCopyEEnum, RoleTableCopy.THEORETICAL);
		addEEnumLiteral(roleTableCopyEEnum, RoleTableCopy.ACTUAL);

		initEEnum(budgetSheetEEnum, BudgetSheet.class, "BudgetSheet"); //$NON-NLS-1$
		addEEnumLiteral(budgetSheetEEnum, BudgetSheet.BUDGET);
		addEEnumLiteral(budgetSheetEEnum, BudgetSheet.CASH_FLOW);

		initEEnum(surveyKindEEnum, SurveyKind.class, "SurveyKind"); //$NON-NLS-1$
		addEEnumLiteral(surveyKindEEnum, SurveyKind.LATENT_PERIOD);
		addEEnumLiteral(surveyKindEEnum, SurveyKind.LENGTH_OF_STAY);
		addEEnumLiteral(surveyKindEEnum, SurveyKind.HOSPITAL_COST);

		initEEnum(surveyGroupEEnum, SurveyGroup.class, "SurveyGroup"); //$NON-NLS-1$
		addEEnumLiteral(surveyGroupEEnum, SurveyGroup.BENEFICIARY);
		addEEnumLiteral(surveyGroupEEnum, SurveyGroup.NON_BENEFICIARY);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(registerTablesEDataType, RegisterTables.class, "RegisterTables", !IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		// Create resource
		createResource(eNS_URI);
	}

} //ModelPackageImpl
