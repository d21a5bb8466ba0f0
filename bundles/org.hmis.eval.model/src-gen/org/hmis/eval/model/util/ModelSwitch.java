/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.hmis.eval.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.hmis.eval.model.ModelPackage
 * @generated
 */
public class ModelSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ModelPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelSwitch() {
		if (modelPackage == null) {
			modelPackage = ModelPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case ModelPackage.EVALUATION: {
				Evaluation evaluation = (Evaluation)theEObject;
				T result = caseEvaluation(evaluation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.SCHEME: {
				Scheme scheme = (Scheme)theEObject;
				T result = caseScheme(scheme);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.PROVIDER: {
				Provider provider = (Provider)theEObject;
				T result = caseProvider(provider);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.SERVICE_CATEGORY: {
				ServiceCategory serviceCategory = (ServiceCategory)theEObject;
				T result = caseServiceCategory(serviceCategory);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.BENEFIT_PLAN: {
				BenefitPlan benefitPlan = (BenefitPlan)theEObject;
				T result = caseBenefitPlan(benefitPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.ACCOUNTING_YEAR: {
				AccountingYear accountingYear = (AccountingYear)theEObject;
				T result = caseAccountingYear(accountingYear);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.ACCOUNT_LINE: {
				AccountLine accountLine = (AccountLine)theEObject;
				T result = caseAccountLine(accountLine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.HIDDEN_COST: {
				HiddenCost hiddenCost = (HiddenCost)theEObject;
				T result = caseHiddenCost(hiddenCost);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.POPULATION_FIGURES: {
				PopulationFigures populationFigures = (PopulationFigures)theEObject;
				T result = casePopulationFigures(populationFigures);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.POPULATION_GROUP: {
				PopulationGroup populationGroup = (PopulationGroup)theEObject;
				T result = casePopulationGroup(populationGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.MONTHLY_BENEFICIARIES: {
				MonthlyBeneficiaries monthlyBeneficiaries = (MonthlyBeneficiaries)theEObject;
				T result = caseMonthlyBeneficiaries(monthlyBeneficiaries);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.MEMBERSHIP_AVERAGES: {
				MembershipAverages membershipAverages = (MembershipAverages)theEObject;
				T result = caseMembershipAverages(membershipAverages);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.CLAIMS_LISTING_ENTRY: {
				ClaimsListingEntry claimsListingEntry = (ClaimsListingEntry)theEObject;
				T result = caseClaimsListingEntry(claimsListingEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.PROVIDER_ACTIVITY: {
				ProviderActivity providerActivity = (ProviderActivity)theEObject;
				T result = caseProviderActivity(providerActivity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.MEMBERSHIP_MIX_ENTRY: {
				MembershipMixEntry membershipMixEntry = (MembershipMixEntry)theEObject;
				T result = caseMembershipMixEntry(membershipMixEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.ENTITLEMENT_TOOL: {
				EntitlementTool entitlementTool = (EntitlementTool)theEObject;
				T result = caseEntitlementTool(entitlementTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.REGISTERS: {
				Registers registers = (Registers)theEObject;
				T result = caseRegisters(registers);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.INVESTMENT: {
				Investment investment = (Investment)theEObject;
				T result = caseInvestment(investment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.SURVEY_CASE: {
				SurveyCase surveyCase = (SurveyCase)theEObject;
				T result = caseSurveyCase(surveyCase);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.RENEWAL_SUMMARY: {
				RenewalSummary renewalSummary = (RenewalSummary)theEObject;
				T result = caseRenewalSummary(renewalSummary);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.RISK_PORTFOLIO_ENTRY: {
				RiskPortfolioEntry riskPortfolioEntry = (RiskPortfolioEntry)theEObject;
				T result = caseRiskPortfolioEntry(riskPortfolioEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.CHECKLIST_ANSWER: {
				ChecklistAnswer checklistAnswer = (ChecklistAnswer)theEObject;
				T result = caseChecklistAnswer(checklistAnswer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.EXCLUSION_SURVEY: {
				ExclusionSurvey exclusionSurvey = (ExclusionSurvey)theEObject;
				T result = caseExclusionSurvey(exclusionSurvey);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.MANAGEMENT_TOOL: {
				ManagementTool managementTool = (ManagementTool)theEObject;
				T result = caseManagementTool(managementTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.BUDGET_LINE: {
				BudgetLine budgetLine = (BudgetLine)theEObject;
				T result = caseBudgetLine(budgetLine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.ROLE_ASSIGNMENT: {
				RoleAssignment roleAssignment = (RoleAssignment)theEObject;
				T result = caseRoleAssignment(roleAssignment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.ROLE_ABBREVIATION: {
				RoleAbbreviation roleAbbreviation = (RoleAbbreviation)theEObject;
				T result = caseRoleAbbreviation(roleAbbreviation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.CONTRACT_ANALYSIS_ITEM: {
				ContractAnalysisItem contractAnalysisItem = (ContractAnalysisItem)theEObject;
				T result = caseContractAnalysisItem(contractAnalysisItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.LEGAL_RECOGNITION_STAGE: {
				LegalRecognitionStage legalRecognitionStage = (LegalRecognitionStage)theEObject;
				T result = caseLegalRecognitionStage(legalRecognitionStage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ModelPackage.STATUTORY_OBLIGATION: {
				StatutoryObligation statutoryObligation = (StatutoryObligation)theEObject;
				T result = caseStatutoryObligation(statutoryObligation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evaluation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvaluation(Evaluation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scheme</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scheme</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScheme(Scheme object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Provider</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Provider</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProvider(Provider object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service Category</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service Category</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServiceCategory(ServiceCategory object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Benefit Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Benefit Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBenefitPlan(BenefitPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Accounting Year</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Accounting Year</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccountingYear(AccountingYear object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Account Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Account Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccountLine(AccountLine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hidden Cost</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hidden Cost</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHiddenCost(HiddenCost object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Population Figures</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Population Figures</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePopulationFigures(PopulationFigures object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Population Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Population Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePopulationGroup(PopulationGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Monthly Beneficiaries</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Monthly Beneficiaries</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMonthlyBeneficiaries(MonthlyBeneficiaries object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Membership Averages</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Membership Averages</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMembershipAverages(MembershipAverages object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Claims Listing Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Claims Listing Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseClaimsListingEntry(ClaimsListingEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Provider Activity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Provider Activity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProviderActivity(ProviderActivity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Membership Mix Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Membership Mix Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMembershipMixEntry(MembershipMixEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Entitlement Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Entitlement Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEntitlementTool(EntitlementTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Registers</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Registers</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegisters(Registers object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Investment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Investment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInvestment(Investment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Survey Case</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Survey Case</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSurveyCase(SurveyCase object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Renewal Summary</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Renewal Summary</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRenewalSummary(RenewalSummary object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Risk Portfolio Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Risk Portfolio Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRiskPortfolioEntry(RiskPortfolioEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Checklist Answer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Checklist Answer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChecklistAnswer(ChecklistAnswer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Exclusion Survey</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Exclusion Survey</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExclusionSurvey(ExclusionSurvey object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Management Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Management Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseManagementTool(ManagementTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Budget Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Budget Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBudgetLine(BudgetLine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Role Assignment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Role Assignment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRoleAssignment(RoleAssignment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Role Abbreviation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Role Abbreviation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRoleAbbreviation(RoleAbbreviation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contract Analysis Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contract Analysis Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContractAnalysisItem(ContractAnalysisItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Legal Recognition Stage</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Legal Recognition Stage</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLegalRecognitionStage(LegalRecognitionStage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Statutory Obligation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Statutory Obligation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStatutoryObligation(StatutoryObligation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ModelSwitch
