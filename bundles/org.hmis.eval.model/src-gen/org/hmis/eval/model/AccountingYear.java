/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Accounting Year</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The figures recorded for one accounting year of the scheme.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getYear <em>Year</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getAccountLines <em>Account Lines</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getHiddenCosts <em>Hidden Costs</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getPopulationGroups <em>Population Groups</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getBeneficiaryGroups <em>Beneficiary Groups</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getMonthlyBeneficiaries <em>Monthly Beneficiaries</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getMembershipAverages <em>Membership Averages</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getClaimsListing <em>Claims Listing</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getProviderActivity <em>Provider Activity</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getMembershipMix <em>Membership Mix</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getEntitlementTools <em>Entitlement Tools</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getSurveyCases <em>Survey Cases</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getRenewalSummary <em>Renewal Summary</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getRiskPortfolio <em>Risk Portfolio</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getChecklistAnswers <em>Checklist Answers</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getExclusionSurveys <em>Exclusion Surveys</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getManagementTools <em>Management Tools</em>}</li>
 *   <li>{@link org.hmis.eval.model.AccountingYear#getBudgetLines <em>Budget Lines</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getAccountingYear()
 * @model
 * @generated
 */
public interface AccountingYear extends EObject {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Calendar year in which this accounting year starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.AccountingYear#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Account Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.AccountLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Amounts entered for this year, one per line of the guide's account tables.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Account Lines</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_AccountLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<AccountLine> getAccountLines();

	/**
	 * Returns the value of the '<em><b>Hidden Costs</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.HiddenCost}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Costs borne for the scheme that do not show up in its own accounts this year,
	 * such as work done by volunteers or services paid for by a partner organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden Costs</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_HiddenCosts()
	 * @model containment="true"
	 * @generated
	 */
	EList<HiddenCost> getHiddenCosts();

	/**
	 * Returns the value of the '<em><b>Population</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 5: the population of the area of operations and the target population for this year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Population</em>' containment reference.
	 * @see #setPopulation(PopulationFigures)
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_Population()
	 * @model containment="true"
	 * @generated
	 */
	PopulationFigures getPopulation();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.AccountingYear#getPopulation <em>Population</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' containment reference.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(PopulationFigures value);

	/**
	 * Returns the value of the '<em><b>Population Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.PopulationGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Population of the area of operations by sex or age group (for I.4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Population Groups</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_PopulationGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<PopulationGroup> getPopulationGroups();

	/**
	 * Returns the value of the '<em><b>Beneficiary Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.PopulationGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beneficiaries of the scheme by sex or age group, as counted for the year (for I.4 when there is no beneficiaries register).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beneficiary Groups</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_BeneficiaryGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<PopulationGroup> getBeneficiaryGroups();

	/**
	 * Returns the value of the '<em><b>Monthly Beneficiaries</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.MonthlyBeneficiaries}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 7: members and beneficiaries month by month.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Monthly Beneficiaries</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_MonthlyBeneficiaries()
	 * @model containment="true"
	 * @generated
	 */
	EList<MonthlyBeneficiaries> getMonthlyBeneficiaries();

	/**
	 * Returns the value of the '<em><b>Membership Averages</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Annual averages of members, beneficiaries and dependents given directly, for a year whose monthly sheet is not available.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Membership Averages</em>' containment reference.
	 * @see #setMembershipAverages(MembershipAverages)
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_MembershipAverages()
	 * @model containment="true"
	 * @generated
	 */
	MembershipAverages getMembershipAverages();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.AccountingYear#getMembershipAverages <em>Membership Averages</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Membership Averages</em>' containment reference.
	 * @see #getMembershipAverages()
	 * @generated
	 */
	void setMembershipAverages(MembershipAverages value);

	/**
	 * Returns the value of the '<em><b>Claims Listing</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.ClaimsListingEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 8: claims by provider, service category and month.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Claims Listing</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_ClaimsListing()
	 * @model containment="true"
	 * @generated
	 */
	EList<ClaimsListingEntry> getClaimsListing();

	/**
	 * Returns the value of the '<em><b>Provider Activity</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.ProviderActivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What providers report of their whole activity, beneficiaries or not (for E.2 and I.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider Activity</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_ProviderActivity()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProviderActivity> getProviderActivity();

	/**
	 * Returns the value of the '<em><b>Membership Mix</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.MembershipMixEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beneficiaries by membership type and unit (for G.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Membership Mix</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_MembershipMix()
	 * @model containment="true"
	 * @generated
	 */
	EList<MembershipMixEntry> getMembershipMix();

	/**
	 * Returns the value of the '<em><b>Entitlement Tools</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.EntitlementTool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scores of the tools used to verify entitlement to benefits (for T.4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entitlement Tools</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_EntitlementTools()
	 * @model containment="true"
	 * @generated
	 */
	EList<EntitlementTool> getEntitlementTools();

	/**
	 * Returns the value of the '<em><b>Survey Cases</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.SurveyCase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Survey and sample records of the year (for E.3, E.4 and E.5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Survey Cases</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_SurveyCases()
	 * @model containment="true"
	 * @generated
	 */
	EList<SurveyCase> getSurveyCases();

	/**
	 * Returns the value of the '<em><b>Renewal Summary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members, new members and lapses over the year, for the renewal rate M.2 when the contracts register is not available.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Renewal Summary</em>' containment reference.
	 * @see #setRenewalSummary(RenewalSummary)
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_RenewalSummary()
	 * @model containment="true"
	 * @generated
	 */
	RenewalSummary getRenewalSummary();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.AccountingYear#getRenewalSummary <em>Renewal Summary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Renewal Summary</em>' containment reference.
	 * @see #getRenewalSummary()
	 * @generated
	 */
	void setRenewalSummary(RenewalSummary value);

	/**
	 * Returns the value of the '<em><b>Risk Portfolio</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.RiskPortfolioEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 16: the services of the reference list the scheme covers and the measures it takes against insurance-related risks (for G.2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Risk Portfolio</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_RiskPortfolio()
	 * @model containment="true"
	 * @generated
	 */
	EList<RiskPortfolioEntry> getRiskPortfolio();

	/**
	 * Returns the value of the '<em><b>Checklist Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.ChecklistAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Answers to the assessment checklists of the guide (Table 15 assessment behind T.1 to T.8, H.1, F.8, F.9).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checklist Answers</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_ChecklistAnswers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChecklistAnswer> getChecklistAnswers();

	/**
	 * Returns the value of the '<em><b>Exclusion Surveys</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.ExclusionSurvey}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Results of household surveys on treatment seeking, per group (for E.6).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclusion Surveys</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_ExclusionSurveys()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExclusionSurvey> getExclusionSurveys();

	/**
	 * Returns the value of the '<em><b>Management Tools</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.ManagementTool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 15: management and monitoring tools, whether the scheme uses them and how well.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Management Tools</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_ManagementTools()
	 * @model containment="true"
	 * @generated
	 */
	EList<ManagementTool> getManagementTools();

	/**
	 * Returns the value of the '<em><b>Budget Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.hmis.eval.model.BudgetLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tables 12 and 13: budget and cash-flow lines by quarter, budgeted and actual.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget Lines</em>' containment reference list.
	 * @see org.hmis.eval.model.ModelPackage#getAccountingYear_BudgetLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetLine> getBudgetLines();

} // AccountingYear
