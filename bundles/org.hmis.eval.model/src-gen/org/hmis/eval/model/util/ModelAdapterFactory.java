/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.hmis.eval.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.hmis.eval.model.ModelPackage
 * @generated
 */
public class ModelAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ModelPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ModelPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelSwitch<Adapter> modelSwitch =
		new ModelSwitch<Adapter>() {
			@Override
			public Adapter caseEvaluation(Evaluation object) {
				return createEvaluationAdapter();
			}
			@Override
			public Adapter caseScheme(Scheme object) {
				return createSchemeAdapter();
			}
			@Override
			public Adapter caseProvider(Provider object) {
				return createProviderAdapter();
			}
			@Override
			public Adapter caseServiceCategory(ServiceCategory object) {
				return createServiceCategoryAdapter();
			}
			@Override
			public Adapter caseBenefitPlan(BenefitPlan object) {
				return createBenefitPlanAdapter();
			}
			@Override
			public Adapter caseAccountingYear(AccountingYear object) {
				return createAccountingYearAdapter();
			}
			@Override
			public Adapter caseAccountLine(AccountLine object) {
				return createAccountLineAdapter();
			}
			@Override
			public Adapter caseHiddenCost(HiddenCost object) {
				return createHiddenCostAdapter();
			}
			@Override
			public Adapter casePopulationFigures(PopulationFigures object) {
				return createPopulationFiguresAdapter();
			}
			@Override
			public Adapter casePopulationGroup(PopulationGroup object) {
				return createPopulationGroupAdapter();
			}
			@Override
			public Adapter caseMonthlyBeneficiaries(MonthlyBeneficiaries object) {
				return createMonthlyBeneficiariesAdapter();
			}
			@Override
			public Adapter caseMembershipAverages(MembershipAverages object) {
				return createMembershipAveragesAdapter();
			}
			@Override
			public Adapter caseClaimsListingEntry(ClaimsListingEntry object) {
				return createClaimsListingEntryAdapter();
			}
			@Override
			public Adapter caseProviderActivity(ProviderActivity object) {
				return createProviderActivityAdapter();
			}
			@Override
			public Adapter caseMembershipMixEntry(MembershipMixEntry object) {
				return createMembershipMixEntryAdapter();
			}
			@Override
			public Adapter caseEntitlementTool(EntitlementTool object) {
				return createEntitlementToolAdapter();
			}
			@Override
			public Adapter caseRegisters(Registers object) {
				return createRegistersAdapter();
			}
			@Override
			public Adapter caseInvestment(Investment object) {
				return createInvestmentAdapter();
			}
			@Override
			public Adapter caseSurveyCase(SurveyCase object) {
				return createSurveyCaseAdapter();
			}
			@Override
			public Adapter caseRenewalSummary(RenewalSummary object) {
				return createRenewalSummaryAdapter();
			}
			@Override
			public Adapter caseRiskPortfolioEntry(RiskPortfolioEntry object) {
				return createRiskPortfolioEntryAdapter();
			}
			@Override
			public Adapter caseChecklistAnswer(ChecklistAnswer object) {
				return createChecklistAnswerAdapter();
			}
			@Override
			public Adapter caseExclusionSurvey(ExclusionSurvey object) {
				return createExclusionSurveyAdapter();
			}
			@Override
			public Adapter caseManagementTool(ManagementTool object) {
				return createManagementToolAdapter();
			}
			@Override
			public Adapter caseBudgetLine(BudgetLine object) {
				return createBudgetLineAdapter();
			}
			@Override
			public Adapter caseRoleAssignment(RoleAssignment object) {
				return createRoleAssignmentAdapter();
			}
			@Override
			public Adapter caseRoleAbbreviation(RoleAbbreviation object) {
				return createRoleAbbreviationAdapter();
			}
			@Override
			public Adapter caseContractAnalysisItem(ContractAnalysisItem object) {
				return createContractAnalysisItemAdapter();
			}
			@Override
			public Adapter caseLegalRecognitionStage(LegalRecognitionStage object) {
				return createLegalRecognitionStageAdapter();
			}
			@Override
			public Adapter caseStatutoryObligation(StatutoryObligation object) {
				return createStatutoryObligationAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.Evaluation
	 * @generated
	 */
	public Adapter createEvaluationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.Scheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.Scheme
	 * @generated
	 */
	public Adapter createSchemeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.Provider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.Provider
	 * @generated
	 */
	public Adapter createProviderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.ServiceCategory <em>Service Category</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.ServiceCategory
	 * @generated
	 */
	public Adapter createServiceCategoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.BenefitPlan <em>Benefit Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.BenefitPlan
	 * @generated
	 */
	public Adapter createBenefitPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.AccountingYear <em>Accounting Year</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.AccountingYear
	 * @generated
	 */
	public Adapter createAccountingYearAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.AccountLine <em>Account Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.AccountLine
	 * @generated
	 */
	public Adapter createAccountLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.HiddenCost <em>Hidden Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.HiddenCost
	 * @generated
	 */
	public Adapter createHiddenCostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.PopulationFigures <em>Population Figures</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.PopulationFigures
	 * @generated
	 */
	public Adapter createPopulationFiguresAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.PopulationGroup <em>Population Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.PopulationGroup
	 * @generated
	 */
	public Adapter createPopulationGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.MonthlyBeneficiaries <em>Monthly Beneficiaries</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.MonthlyBeneficiaries
	 * @generated
	 */
	public Adapter createMonthlyBeneficiariesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.MembershipAverages <em>Membership Averages</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.MembershipAverages
	 * @generated
	 */
	public Adapter createMembershipAveragesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.ClaimsListingEntry <em>Claims Listing Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.ClaimsListingEntry
	 * @generated
	 */
	public Adapter createClaimsListingEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.ProviderActivity <em>Provider Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.ProviderActivity
	 * @generated
	 */
	public Adapter createProviderActivityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.MembershipMixEntry <em>Membership Mix Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.MembershipMixEntry
	 * @generated
	 */
	public Adapter createMembershipMixEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.EntitlementTool <em>Entitlement Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.EntitlementTool
	 * @generated
	 */
	public Adapter createEntitlementToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.Registers <em>Registers</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.Registers
	 * @generated
	 */
	public Adapter createRegistersAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.Investment <em>Investment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.Investment
	 * @generated
	 */
	public Adapter createInvestmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.SurveyCase <em>Survey Case</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.SurveyCase
	 * @generated
	 */
	public Adapter createSurveyCaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.RenewalSummary <em>Renewal Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.RenewalSummary
	 * @generated
	 */
	public Adapter createRenewalSummaryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.RiskPortfolioEntry <em>Risk Portfolio Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.RiskPortfolioEntry
	 * @generated
	 */
	public Adapter createRiskPortfolioEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.ChecklistAnswer <em>Checklist Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.ChecklistAnswer
	 * @generated
	 */
	public Adapter createChecklistAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.ExclusionSurvey <em>Exclusion Survey</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.ExclusionSurvey
	 * @generated
	 */
	public Adapter createExclusionSurveyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.ManagementTool <em>Management Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.ManagementTool
	 * @generated
	 */
	public Adapter createManagementToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.BudgetLine
	 * @generated
	 */
	public Adapter createBudgetLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.RoleAssignment <em>Role Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.RoleAssignment
	 * @generated
	 */
	public Adapter createRoleAssignmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.RoleAbbreviation <em>Role Abbreviation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.RoleAbbreviation
	 * @generated
	 */
	public Adapter createRoleAbbreviationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.ContractAnalysisItem <em>Contract Analysis Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.ContractAnalysisItem
	 * @generated
	 */
	public Adapter createContractAnalysisItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.LegalRecognitionStage <em>Legal Recognition Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.LegalRecognitionStage
	 * @generated
	 */
	public Adapter createLegalRecognitionStageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.hmis.eval.model.StatutoryObligation <em>Statutory Obligation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.hmis.eval.model.StatutoryObligation
	 * @generated
	 */
	public Adapter createStatutoryObligationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ModelAdapterFactory
