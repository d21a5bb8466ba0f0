/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.hmis.eval.model.ModelPackage
 * @generated
 */
public interface ModelFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelFactory eINSTANCE = org.hmis.eval.model.impl.ModelFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evaluation</em>'.
	 * @generated
	 */
	Evaluation createEvaluation();

	/**
	 * Returns a new object of class '<em>Scheme</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scheme</em>'.
	 * @generated
	 */
	Scheme createScheme();

	/**
	 * Returns a new object of class '<em>Provider</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Provider</em>'.
	 * @generated
	 */
	Provider createProvider();

	/**
	 * Returns a new object of class '<em>Service Category</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Category</em>'.
	 * @generated
	 */
	ServiceCategory createServiceCategory();

	/**
	 * Returns a new object of class '<em>Benefit Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Benefit Plan</em>'.
	 * @generated
	 */
	BenefitPlan createBenefitPlan();

	/**
	 * Returns a new object of class '<em>Accounting Year</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Accounting Year</em>'.
	 * @generated
	 */
	AccountingYear createAccountingYear();

	/**
	 * Returns a new object of class '<em>Account Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Account Line</em>'.
	 * @generated
	 */
	AccountLine createAccountLine();

	/**
	 * Returns a new object of class '<em>Hidden Cost</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hidden Cost</em>'.
	 * @generated
	 */
	HiddenCost createHiddenCost();

	/**
	 * Returns a new object of class '<em>Population Figures</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Population Figures</em>'.
	 * @generated
	 */
	PopulationFigures createPopulationFigures();

	/**
	 * Returns a new object of class '<em>Population Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Population Group</em>'.
	 * @generated
	 */
	PopulationGroup createPopulationGroup();

	/**
	 * Returns a new object of class '<em>Monthly Beneficiaries</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Monthly Beneficiaries</em>'.
	 * @generated
	 */
	MonthlyBeneficiaries createMonthlyBeneficiaries();

	/**
	 * Returns a new object of class '<em>Membership Averages</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Membership Averages</em>'.
	 * @generated
	 */
	MembershipAverages createMembershipAverages();

	/**
	 * Returns a new object of class '<em>Claims Listing Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Claims Listing Entry</em>'.
	 * @generated
	 */
	ClaimsListingEntry createClaimsListingEntry();

	/**
	 * Returns a new object of class '<em>Provider Activity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Provider Activity</em>'.
	 * @generated
	 */
	ProviderActivity createProviderActivity();

	/**
	 * Returns a new object of class '<em>Membership Mix Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Membership Mix Entry</em>'.
	 * @generated
	 */
	MembershipMixEntry createMembershipMixEntry();

	/**
	 * Returns a new object of class '<em>Entitlement Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Entitlement Tool</em>'.
	 * @generated
	 */
	EntitlementTool createEntitlementTool();

	/**
	 * Returns a new object of class '<em>Registers</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Registers</em>'.
	 * @generated
	 */
	Registers createRegisters();

	/**
	 * Returns a new object of class '<em>Investment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Investment</em>'.
	 * @generated
	 */
	Investment createInvestment();

	/**
	 * Returns a new object of class '<em>Survey Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Survey Case</em>'.
	 * @generated
	 */
	SurveyCase createSurveyCase();

	/**
	 * Returns a new object of class '<em>Renewal Summary</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Renewal Summary</em>'.
	 * @generated
	 */
	RenewalSummary createRenewalSummary();

	/**
	 * Returns a new object of class '<em>Risk Portfolio Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Risk Portfolio Entry</em>'.
	 * @generated
	 */
	RiskPortfolioEntry createRiskPortfolioEntry();

	/**
	 * Returns a new object of class '<em>Checklist Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Checklist Answer</em>'.
	 * @generated
	 */
	ChecklistAnswer createChecklistAnswer();

	/**
	 * Returns a new object of class '<em>Exclusion Survey</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Exclusion Survey</em>'.
	 * @generated
	 */
	ExclusionSurvey createExclusionSurvey();

	/**
	 * Returns a new object of class '<em>Management Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Management Tool</em>'.
	 * @generated
	 */
	ManagementTool createManagementTool();

	/**
	 * Returns a new object of class '<em>Budget Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Budget Line</em>'.
	 * @generated
	 */
	BudgetLine createBudgetLine();

	/**
	 * Returns a new object of class '<em>Role Assignment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Role Assignment</em>'.
	 * @generated
	 */
	RoleAssignment createRoleAssignment();

	/**
	 * Returns a new object of class '<em>Role Abbreviation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Role Abbreviation</em>'.
	 * @generated
	 */
	RoleAbbreviation createRoleAbbreviation();

	/**
	 * Returns a new object of class '<em>Contract Analysis Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contract Analysis Item</em>'.
	 * @generated
	 */
	ContractAnalysisItem createContractAnalysisItem();

	/**
	 * Returns a new object of class '<em>Legal Recognition Stage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Legal Recognition Stage</em>'.
	 * @generated
	 */
	LegalRecognitionStage createLegalRecognitionStage();

	/**
	 * Returns a new object of class '<em>Statutory Obligation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Statutory Obligation</em>'.
	 * @generated
	 */
	StatutoryObligation createStatutoryObligation();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ModelPackage getModelPackage();

} //ModelFactory
