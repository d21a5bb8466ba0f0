/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.hmis.eval.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelFactoryImpl extends EFactoryImpl implements ModelFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ModelFactory init() {
		try {
			ModelFactory theModelFactory = (ModelFactory)EPackage.Registry.INSTANCE.getEFactory(ModelPackage.eNS_URI);
			if (theModelFactory != null) {
				return theModelFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ModelFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ModelPackage.EVALUATION: return createEvaluation();
			case ModelPackage.SCHEME: return createScheme();
			case ModelPackage.PROVIDER: return createProvider();
			case ModelPackage.SERVICE_CATEGORY: return createServiceCategory();
			case ModelPackage.BENEFIT_PLAN: return createBenefitPlan();
			case ModelPackage.ACCOUNTING_YEAR: return createAccountingYear();
			case ModelPackage.ACCOUNT_LINE: return createAccountLine();
			case ModelPackage.HIDDEN_COST: return createHiddenCost();
			case ModelPackage.POPULATION_FIGURES: return createPopulationFigures();
			case ModelPackage.POPULATION_GROUP: return createPopulationGroup();
			case ModelPackage.MONTHLY_BENEFICIARIES: return createMonthlyBeneficiaries();
			case ModelPackage.MEMBERSHIP_AVERAGES: return createMembershipAverages();
			case ModelPackage.CLAIMS_LISTING_ENTRY: return createClaimsListingEntry();
			case ModelPackage.PROVIDER_ACTIVITY: return createProviderActivity();
			case ModelPackage.MEMBERSHIP_MIX_ENTRY: return createMembershipMixEntry();
			case ModelPackage.ENTITLEMENT_TOOL: return createEntitlementTool();
			case ModelPackage.REGISTERS: return createRegisters();
			case ModelPackage.INVESTMENT: return createInvestment();
			case ModelPackage.SURVEY_CASE: return createSurveyCase();
			case ModelPackage.RENEWAL_SUMMARY: return createRenewalSummary();
			case ModelPackage.RISK_PORTFOLIO_ENTRY: return createRiskPortfolioEntry();
			case ModelPackage.CHECKLIST_ANSWER: return createChecklistAnswer();
			case ModelPackage.EXCLUSION_SURVEY: return createExclusionSurvey();
			case ModelPackage.MANAGEMENT_TOOL: return createManagementTool();
			case ModelPackage.BUDGET_LINE: return createBudgetLine();
			case ModelPackage.ROLE_ASSIGNMENT: return createRoleAssignment();
			case ModelPackage.ROLE_ABBREVIATION: return createRoleAbbreviation();
			case ModelPackage.CONTRACT_ANALYSIS_ITEM: return createContractAnalysisItem();
			case ModelPackage.LEGAL_RECOGNITION_STAGE: return createLegalRecognitionStage();
			case ModelPackage.STATUTORY_OBLIGATION: return createStatutoryObligation();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.ENROLMENT_MODE:
				return createEnrolmentModeFromString(eDataType, initialValue);
			case ModelPackage.PREMIUM_PAYMENT:
				return createPremiumPaymentFromString(eDataType, initialValue);
			case ModelPackage.PAYMENT_SYSTEM:
				return createPaymentSystemFromString(eDataType, initialValue);
			case ModelPackage.MEMBERSHIP_TYPE:
				return createMembershipTypeFromString(eDataType, initialValue);
			case ModelPackage.MEMBERSHIP_UNIT:
				return createMembershipUnitFromString(eDataType, initialValue);
			case ModelPackage.BENEFICIARY_ROLE:
				return createBeneficiaryRoleFromString(eDataType, initialValue);
			case ModelPackage.SEX:
				return createSexFromString(eDataType, initialValue);
			case ModelPackage.CLAIM_STATUS:
				return createClaimStatusFromString(eDataType, initialValue);
			case ModelPackage.PAYMENT_MECHANISM:
				return createPaymentMechanismFromString(eDataType, initialValue);
			case ModelPackage.ROLE_TABLE_COPY:
				return createRoleTableCopyFromString(eDataType, initialValue);
			case ModelPackage.BUDGET_SHEET:
				return createBudgetSheetFromString(eDataType, initialValue);
			case ModelPackage.SURVEY_KIND:
				return createSurveyKindFromString(eDataType, initialValue);
			case ModelPackage.SURVEY_GROUP:
				return createSurveyGroupFromString(eDataType, initialValue);
			case ModelPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.ENROLMENT_MODE:
				return convertEnrolmentModeToString(eDataType, instanceValue);
			case ModelPackage.PREMIUM_PAYMENT:
				return convertPremiumPaymentToString(eDataType, instanceValue);
			case ModelPackage.PAYMENT_SYSTEM:
				return convertPaymentSystemToString(eDataType, instanceValue);
			case ModelPackage.MEMBERSHIP_TYPE:
				return convertMembershipTypeToString(eDataType, instanceValue);
			case ModelPackage.MEMBERSHIP_UNIT:
				return convertMembershipUnitToString(eDataType, instanceValue);
			case ModelPackage.BENEFICIARY_ROLE:
				return convertBeneficiaryRoleToString(eDataType, instanceValue);
			case ModelPackage.SEX:
				return convertSexToString(eDataType, instanceValue);
			case ModelPackage.CLAIM_STATUS:
				return convertClaimStatusToString(eDataType, instanceValue);
			case ModelPackage.PAYMENT_MECHANISM:
				return convertPaymentMechanismToString(eDataType, instanceValue);
			case ModelPackage.ROLE_TABLE_COPY:
				return convertRoleTableCopyToString(eDataType, instanceValue);
			case ModelPackage.BUDGET_SHEET:
				return convertBudgetSheetToString(eDataType, instanceValue);
			case ModelPackage.SURVEY_KIND:
				return convertSurveyKindToString(eDataType, instanceValue);
			case ModelPackage.SURVEY_GROUP:
				return convertSurveyGroupToString(eDataType, instanceValue);
			case ModelPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evaluation createEvaluation() {
		EvaluationImpl evaluation = new EvaluationImpl();
		return evaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scheme createScheme() {
		SchemeImpl scheme = new SchemeImpl();
		return scheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provider createProvider() {
		ProviderImpl provider = new ProviderImpl();
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCategory createServiceCategory() {
		ServiceCategoryImpl serviceCategory = new ServiceCategoryImpl();
		return serviceCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BenefitPlan createBenefitPlan() {
		BenefitPlanImpl benefitPlan = new BenefitPlanImpl();
		return benefitPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountingYear createAccountingYear() {
		AccountingYearImpl accountingYear = new AccountingYearImpl();
		return accountingYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountLine createAccountLine() {
		AccountLineImpl accountLine = new AccountLineImpl();
		return accountLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HiddenCost createHiddenCost() {
		HiddenCostImpl hiddenCost = new HiddenCostImpl();
		return hiddenCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PopulationFigures createPopulationFigures() {
		PopulationFiguresImpl populationFigures = new PopulationFiguresImpl();
		return populationFigures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PopulationGroup createPopulationGroup() {
		PopulationGroupImpl populationGroup = new PopulationGroupImpl();
		return populationGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonthlyBeneficiaries createMonthlyBeneficiaries() {
		MonthlyBeneficiariesImpl monthlyBeneficiaries = new MonthlyBeneficiariesImpl();
		return monthlyBeneficiaries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MembershipAverages createMembershipAverages() {
		MembershipAveragesImpl membershipAverages = new MembershipAveragesImpl();
		return membershipAverages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClaimsListingEntry createClaimsListingEntry() {
		ClaimsListingEntryImpl claimsListingEntry = new ClaimsListingEntryImpl();
		return claimsListingEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProviderActivity createProviderActivity() {
		ProviderActivityImpl providerActivity = new ProviderActivityImpl();
		return providerActivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MembershipMixEntry createMembershipMixEntry() {
		MembershipMixEntryImpl membershipMixEntry = new MembershipMixEntryImpl();
		return membershipMixEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EntitlementTool createEntitlementTool() {
		EntitlementToolImpl entitlementTool = new EntitlementToolImpl();
		return entitlementTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Registers createRegisters() {
		RegistersImpl registers = new RegistersImpl();
		return registers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Investment createInvestment() {
		InvestmentImpl investment = new InvestmentImpl();
		return investment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurveyCase createSurveyCase() {
		SurveyCaseImpl surveyCase = new SurveyCaseImpl();
		return surveyCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RenewalSummary createRenewalSummary() {
		RenewalSummaryImpl renewalSummary = new RenewalSummaryImpl();
		return renewalSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskPortfolioEntry createRiskPortfolioEntry() {
		RiskPortfolioEntryImpl riskPortfolioEntry = new RiskPortfolioEntryImpl();
		return riskPortfolioEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistAnswer createChecklistAnswer() {
		ChecklistAnswerImpl checklistAnswer = new ChecklistAnswerImpl();
		return checklistAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExclusionSurvey createExclusionSurvey() {
		ExclusionSurveyImpl exclusionSurvey = new ExclusionSurveyImpl();
		return exclusionSurvey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ManagementTool createManagementTool() {
		ManagementToolImpl managementTool = new ManagementToolImpl();
		return managementTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetLine createBudgetLine() {
		BudgetLineImpl budgetLine = new BudgetLineImpl();
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoleAssignment createRoleAssignment() {
		RoleAssignmentImpl roleAssignment = new RoleAssignmentImpl();
		return roleAssignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoleAbbreviation createRoleAbbreviation() {
		RoleAbbreviationImpl roleAbbreviation = new RoleAbbreviationImpl();
		return roleAbbreviation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContractAnalysisItem createContractAnalysisItem() {
		ContractAnalysisItemImpl contractAnalysisItem = new ContractAnalysisItemImpl();
		return contractAnalysisItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalRecognitionStage createLegalRecognitionStage() {
		LegalRecognitionStageImpl legalRecognitionStage = new LegalRecognitionStageImpl();
		return legalRecognitionStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatutoryObligation createStatutoryObligation() {
		StatutoryObligationImpl statutoryObligation = new StatutoryObligationImpl();
		return statutoryObligation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EnrolmentMode createEnrolmentModeFromString(EDataType eDataType, String initialValue) {
		EnrolmentMode result = EnrolmentMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEnrolmentModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PremiumPayment createPremiumPaymentFromString(EDataType eDataType, String initialValue) {
		PremiumPayment result = PremiumPayment.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPremiumPaymentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PaymentSystem createPaymentSystemFromString(EDataType eDataType, String initialValue) {
		PaymentSystem result = PaymentSystem.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPaymentSystemToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MembershipType createMembershipTypeFromString(EDataType eDataType, String initialValue) {
		MembershipType result = MembershipType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMembershipTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MembershipUnit createMembershipUnitFromString(EDataType eDataType, String initialValue) {
		MembershipUnit result = MembershipUnit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMembershipUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BeneficiaryRole createBeneficiaryRoleFromString(EDataType eDataType, String initialValue) {
		BeneficiaryRole result = BeneficiaryRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBeneficiaryRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sex createSexFromString(EDataType eDataType, String initialValue) {
		Sex result = Sex.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSexToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClaimStatus createClaimStatusFromString(EDataType eDataType, String initialValue) {
		ClaimStatus result = ClaimStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertClaimStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PaymentMechanism createPaymentMechanismFromString(EDataType eDataType, String initialValue) {
		PaymentMechanism result = PaymentMechanism.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPaymentMechanismToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RoleTableCopy createRoleTableCopyFromString(EDataType eDataType, String initialValue) {
		RoleTableCopy result = RoleTableCopy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleTableCopyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BudgetSheet createBudgetSheetFromString(EDataType eDataType, String initialValue) {
		BudgetSheet result = BudgetSheet.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBudgetSheetToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SurveyKind createSurveyKindFromString(EDataType eDataType, String initialValue) {
		SurveyKind result = SurveyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSurveyKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SurveyGroup createSurveyGroupFromString(EDataType eDataType, String initialValue) {
		SurveyGroup result = SurveyGroup.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSurveyGroupToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null ? null : java.time.LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelPackage getModelPackage() {
		return (ModelPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ModelPackage getPackage() {
		return ModelPackage.eINSTANCE;
	}

} //ModelFactoryImpl
