/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.BudgetLine;
import org.hmis.eval.model.ChecklistAnswer;
import org.hmis.eval.model.ClaimsListingEntry;
import org.hmis.eval.model.EntitlementTool;
import org.hmis.eval.model.ExclusionSurvey;
import org.hmis.eval.model.HiddenCost;
import org.hmis.eval.model.ManagementTool;
import org.hmis.eval.model.MembershipAverages;
import org.hmis.eval.model.MembershipMixEntry;
import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.MonthlyBeneficiaries;
import org.hmis.eval.model.PopulationFigures;
import org.hmis.eval.model.PopulationGroup;
import org.hmis.eval.model.ProviderActivity;
import org.hmis.eval.model.RenewalSummary;
import org.hmis.eval.model.RiskPortfolioEntry;
import org.hmis.eval.model.SurveyCase;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Accounting Year</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getAccountLines <em>Account Lines</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getHiddenCosts <em>Hidden Costs</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getPopulationGroups <em>Population Groups</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getBeneficiaryGroups <em>Beneficiary Groups</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getMonthlyBeneficiaries <em>Monthly Beneficiaries</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getMembershipAverages <em>Membership Averages</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getClaimsListing <em>Claims Listing</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getProviderActivity <em>Provider Activity</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getMembershipMix <em>Membership Mix</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getEntitlementTools <em>Entitlement Tools</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getSurveyCases <em>Survey Cases</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getRenewalSummary <em>Renewal Summary</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getRiskPortfolio <em>Risk Portfolio</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getChecklistAnswers <em>Checklist Answers</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getExclusionSurveys <em>Exclusion Surveys</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getManagementTools <em>Management Tools</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.AccountingYearImpl#getBudgetLines <em>Budget Lines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccountingYearImpl extends MinimalEObjectImpl.Container implements AccountingYear {
	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAccountLines() <em>Account Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountLines()
	 * @generated
	 * @ordered
	 */
	protected EList<AccountLine> accountLines;

	/**
	 * The cached value of the '{@link #getHiddenCosts() <em>Hidden Costs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenCosts()
	 * @generated
	 * @ordered
	 */
	protected EList<HiddenCost> hiddenCosts;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected PopulationFigures population;

	/**
	 * The cached value of the '{@link #getPopulationGroups() <em>Population Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulationGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<PopulationGroup> populationGroups;

	/**
	 * The cached value of the '{@link #getBeneficiaryGroups() <em>Beneficiary Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiaryGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<PopulationGroup> beneficiaryGroups;

	/**
	 * The cached value of the '{@link #getMonthlyBeneficiaries() <em>Monthly Beneficiaries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyBeneficiaries()
	 * @generated
	 * @ordered
	 */
	protected EList<MonthlyBeneficiaries> monthlyBeneficiaries;

	/**
	 * The cached value of the '{@link #getMembershipAverages() <em>Membership Averages</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembershipAverages()
	 * @generated
	 * @ordered
	 */
	protected MembershipAverages membershipAverages;

	/**
	 * The cached value of the '{@link #getClaimsListing() <em>Claims Listing</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimsListing()
	 * @generated
	 * @ordered
	 */
	protected EList<ClaimsListingEntry> claimsListing;

	/**
	 * The cached value of the '{@link #getProviderActivity() <em>Provider Activity</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderActivity()
	 * @generated
	 * @ordered
	 */
	protected EList<ProviderActivity> providerActivity;

	/**
	 * The cached value of the '{@link #getMembershipMix() <em>Membership Mix</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembershipMix()
	 * @generated
	 * @ordered
	 */
	protected EList<MembershipMixEntry> membershipMix;

	/**
	 * The cached value of the '{@link #getEntitlementTools() <em>Entitlement Tools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntitlementTools()
	 * @generated
	 * @ordered
	 */
	protected EList<EntitlementTool> entitlementTools;

	/**
	 * The cached value of the '{@link #getSurveyCases() <em>Survey Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurveyCases()
	 * @generated
	 * @ordered
	 */
	protected EList<SurveyCase> surveyCases;

	/**
	 * The cached value of the '{@link #getRenewalSummary() <em>Renewal Summary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRenewalSummary()
	 * @generated
	 * @ordered
	 */
	protected RenewalSummary renewalSummary;

	/**
	 * The cached value of the '{@link #getRiskPortfolio() <em>Risk Portfolio</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskPortfolio()
	 * @generated
	 * @ordered
	 */
	protected EList<RiskPortfolioEntry> riskPortfolio;

	/**
	 * The cached value of the '{@link #getChecklistAnswers() <em>Checklist Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklistAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<ChecklistAnswer> checklistAnswers;

	/**
	 * The cached value of the '{@link #getExclusionSurveys() <em>Exclusion Surveys</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusionSurveys()
	 * @generated
	 * @ordered
	 */
	protected EList<ExclusionSurvey> exclusionSurveys;

	/**
	 * The cached value of the '{@link #getManagementTools() <em>Management Tools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagementTools()
	 * @generated
	 * @ordered
	 */
	protected EList<ManagementTool> managementTools;

	/**
	 * The cached value of the '{@link #getBudgetLines() <em>Budget Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetLines()
	 * @generated
	 * @ordered
	 */
	protected EList<BudgetLine> budgetLines;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccountingYearImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ACCOUNTING_YEAR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNTING_YEAR__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AccountLine> getAccountLines() {
		if (accountLines == null) {
			accountLines = new EObjectContainmentEList<AccountLine>(AccountLine.class, this, ModelPackage.ACCOUNTING_YEAR__ACCOUNT_LINES);
		}
		return accountLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HiddenCost> getHiddenCosts() {
		if (hiddenCosts == null) {
			hiddenCosts = new EObjectContainmentEList<HiddenCost>(HiddenCost.class, this, ModelPackage.ACCOUNTING_YEAR__HIDDEN_COSTS);
		}
		return hiddenCosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PopulationFigures getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPopulation(PopulationFigures newPopulation, NotificationChain msgs) {
		PopulationFigures oldPopulation = population;
		population = newPopulation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNTING_YEAR__POPULATION, oldPopulation, newPopulation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(PopulationFigures newPopulation) {
		if (newPopulation != population) {
			NotificationChain msgs = null;
			if (population != null)
				msgs = ((InternalEObject)population).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.ACCOUNTING_YEAR__POPULATION, null, msgs);
			if (newPopulation != null)
				msgs = ((InternalEObject)newPopulation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.ACCOUNTING_YEAR__POPULATION, null, msgs);
			msgs = basicSetPopulation(newPopulation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNTING_YEAR__POPULATION, newPopulation, newPopulation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PopulationGroup> getPopulationGroups() {
		if (populationGroups == null) {
			populationGroups = new EObjectContainmentEList<PopulationGroup>(PopulationGroup.class, this, ModelPackage.ACCOUNTING_YEAR__POPULATION_GROUPS);
		}
		return populationGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PopulationGroup> getBeneficiaryGroups() {
		if (beneficiaryGroups == null) {
			beneficiaryGroups = new EObjectContainmentEList<PopulationGroup>(PopulationGroup.class, this, ModelPackage.ACCOUNTING_YEAR__BENEFICIARY_GROUPS);
		}
		return beneficiaryGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MonthlyBeneficiaries> getMonthlyBeneficiaries() {
		if (monthlyBeneficiaries == null) {
			monthlyBeneficiaries = new EObjectContainmentEList<MonthlyBeneficiaries>(MonthlyBeneficiaries.class, this, ModelPackage.ACCOUNTING_YEAR__MONTHLY_BENEFICIARIES);
		}
		return monthlyBeneficiaries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MembershipAverages getMembershipAverages() {
		return membershipAverages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMembershipAverages(MembershipAverages newMembershipAverages, NotificationChain msgs) {
		MembershipAverages oldMembershipAverages = membershipAverages;
		membershipAverages = newMembershipAverages;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES, oldMembershipAverages, newMembershipAverages);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembershipAverages(MembershipAverages newMembershipAverages) {
		if (newMembershipAverages != membershipAverages) {
			NotificationChain msgs = null;
			if (membershipAverages != null)
				msgs = ((InternalEObject)membershipAverages).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES, null, msgs);
			if (newMembershipAverages != null)
				msgs = ((InternalEObject)newMembershipAverages).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES, null, msgs);
			msgs = basicSetMembershipAverages(newMembershipAverages, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES, newMembershipAverages, newMembershipAverages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClaimsListingEntry> getClaimsListing() {
		if (claimsListing == null) {
			claimsListing = new EObjectContainmentEList<ClaimsListingEntry>(ClaimsListingEntry.class, this, ModelPackage.ACCOUNTING_YEAR__CLAIMS_LISTING);
		}
		return claimsListing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProviderActivity> getProviderActivity() {
		if (providerActivity == null) {
			providerActivity = new EObjectContainmentEList<ProviderActivity>(ProviderActivity.class, this, ModelPackage.ACCOUNTING_YEAR__PROVIDER_ACTIVITY);
		}
		return providerActivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MembershipMixEntry> getMembershipMix() {
		if (membershipMix == null) {
			membershipMix = new EObjectContainmentEList<MembershipMixEntry>(MembershipMixEntry.class, this, ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_MIX);
		}
		return membershipMix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EntitlementTool> getEntitlementTools() {
		if (entitlementTools == null) {
			entitlementTools = new EObjectContainmentEList<EntitlementTool>(EntitlementTool.class, this, ModelPackage.ACCOUNTING_YEAR__ENTITLEMENT_TOOLS);
		}
		return entitlementTools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SurveyCase> getSurveyCases() {
		if (surveyCases == null) {
			surveyCases = new EObjectContainmentEList<SurveyCase>(SurveyCase.class, this, ModelPackage.ACCOUNTING_YEAR__SURVEY_CASES);
		}
		return surveyCases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RenewalSummary getRenewalSummary() {
		return renewalSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRenewalSummary(RenewalSummary newRenewalSummary, NotificationChain msgs) {
		RenewalSummary oldRenewalSummary = renewalSummary;
		renewalSummary = newRenewalSummary;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNTING_YEAR__RENEWAL_SUMMARY, oldRenewalSummary, newRenewalSummary);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRenewalSummary(RenewalSummary newRenewalSummary) {
		if (newRenewalSummary != renewalSummary) {
			NotificationChain msgs = null;
			if (renewalSummary != null)
				msgs = ((InternalEObject)renewalSummary).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.ACCOUNTING_YEAR__RENEWAL_SUMMARY, null, msgs);
			if (newRenewalSummary != null)
				msgs = ((InternalEObject)newRenewalSummary).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.ACCOUNTING_YEAR__RENEWAL_SUMMARY, null, msgs);
			msgs = basicSetRenewalSummary(newRenewalSummary, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ACCOUNTING_YEAR__RENEWAL_SUMMARY, newRenewalSummary, newRenewalSummary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RiskPortfolioEntry> getRiskPortfolio() {
		if (riskPortfolio == null) {
			riskPortfolio = new EObjectContainmentEList<RiskPortfolioEntry>(RiskPortfolioEntry.class, this, ModelPackage.ACCOUNTING_YEAR__RISK_PORTFOLIO);
		}
		return riskPortfolio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChecklistAnswer> getChecklistAnswers() {
		if (checklistAnswers == null) {
			checklistAnswers = new EObjectContainmentEList<ChecklistAnswer>(ChecklistAnswer.class, this, ModelPackage.ACCOUNTING_YEAR__CHECKLIST_ANSWERS);
		}
		return checklistAnswers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExclusionSurvey> getExclusionSurveys() {
		if (exclusionSurveys == null) {
			exclusionSurveys = new EObjectContainmentEList<ExclusionSurvey>(ExclusionSurvey.class, this, ModelPackage.ACCOUNTING_YEAR__EXCLUSION_SURVEYS);
		}
		return exclusionSurveys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ManagementTool> getManagementTools() {
		if (managementTools == null) {
			managementTools = new EObjectContainmentEList<ManagementTool>(ManagementTool.class, this, ModelPackage.ACCOUNTING_YEAR__MANAGEMENT_TOOLS);
		}
		return managementTools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetLine> getBudgetLines() {
		if (budgetLines == null) {
			budgetLines = new EObjectContainmentEList<BudgetLine>(BudgetLine.class, this, ModelPackage.ACCOUNTING_YEAR__BUDGET_LINES);
		}
		return budgetLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.ACCOUNTING_YEAR__ACCOUNT_LINES:
				return ((InternalEList<?>)getAccountLines()).basicRemove(otherEnd, msgs);
			case ModelPackage.ACCOUNTING_YEAR__HIDDEN_COSTS:
				return ((InternalEList<?>)getHiddenCosts()).basicRemove(otherEnd, msgs);
			case ModelPackage.ACCOUNTING_YEAR__POPULATION:
				return basicSetPopulation(null, msgs);
			case ModelPackage.ACCOUNTING_YEAR__POPULATION_GROUPS:
				return ((InternalEList<?>)getPopulationGroups()).basicRemove(otherEnd, msgs);
			case ModelPackage.ACCOUNTING_YEAR__BENEFICIARY_GROUPS:
				return ((InternalEList<?>)getBeneficiaryGroups()).basicRemove(otherEnd, msgs);
			case ModelPackage.ACCOUNTING_YEAR__MONTHLY_BENEFICIARIES:
				return ((InternalEList<?>)getMonthlyBeneficiaries()).basicRemove(otherEnd, msgs);
			case ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES:
				return basicSetMembershipAverages(null, msgs);
			case ModelPackage.ACCOUNTING_YEAR__CLAIMS_LISTING:
				return ((InternalEList<?>)getClaimsListing()).basicRemove(otherEnd, msgs);
			case ModelPackage.ACCOUNTING_YEAR__PROVIDER_ACTIVITY:
				return ((InternalEList<?>)getProviderActivity()).basicRemove(otherEnd, msgs);
			case ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_MIX:
				return ((InternalEList<?>)getMembershipMix()).basicRemove(otherEnd, msgs);
			case ModelPackage.ACCOUNTING_YEAR__ENTITLEMENT_TOOLS:
				return ((InternalEList<?>)getEntitlementTools()).basicRemove(otherEnd, msgs);
			case ModelPackage.ACCOUNTING_YEAR__SURVEY_CASES:
				return ((InternalEList<?>)getSurveyCases()).basicRemove(otherEnd, msgs);
			case ModelPackage.ACCOUNTING_YEAR__RENEWAL_SUMMARY:
				return basicSetRenewalSummary(null, msgs);
			case ModelPackage.ACCOUNTING_YEAR__RISK_PORTFOLIO:
				return ((InternalEList<?>)getRiskPortfolio()).basicRemove(otherEnd, msgs);
			case ModelPackage.ACCOUNTING_YEAR__CHECKLIST_ANSWERS:
				return ((InternalEList<?>)getChecklistAnswers()).basicRemove(otherEnd, msgs);
			case ModelPackage.ACCOUNTING_YEAR__EXCLUSION_SURVEYS:
				return ((InternalEList<?>)getExclusionSurveys()).basicRemove(otherEnd, msgs);
			case ModelPackage.ACCOUNTING_YEAR__MANAGEMENT_TOOLS:
				return ((InternalEList<?>)getManagementTools()).basicRemove(otherEnd, msgs);
			case ModelPackage.ACCOUNTING_YEAR__BUDGET_LINES:
				return ((InternalEList<?>)getBudgetLines()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ACCOUNTING_YEAR__YEAR:
				return getYear();
			case ModelPackage.ACCOUNTING_YEAR__ACCOUNT_LINES:
				return getAccountLines();
			case ModelPackage.ACCOUNTING_YEAR__HIDDEN_COSTS:
				return getHiddenCosts();
			case ModelPackage.ACCOUNTING_YEAR__POPULATION:
				return getPopulation();
			case ModelPackage.ACCOUNTING_YEAR__POPULATION_GROUPS:
				return getPopulationGroups();
			case ModelPackage.ACCOUNTING_YEAR__BENEFICIARY_GROUPS:
				return getBeneficiaryGroups();
			case ModelPackage.ACCOUNTING_YEAR__MONTHLY_BENEFICIARIES:
				return getMonthlyBeneficiaries();
			case ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES:
				return getMembershipAverages();
			case ModelPackage.ACCOUNTING_YEAR__CLAIMS_LISTING:
				return getClaimsListing();
			case ModelPackage.ACCOUNTING_YEAR__PROVIDER_ACTIVITY:
				return getProviderActivity();
			case ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_MIX:
				return getMembershipMix();
			case ModelPackage.ACCOUNTING_YEAR__ENTITLEMENT_TOOLS:
				return getEntitlementTools();
			case ModelPackage.ACCOUNTING_YEAR__SURVEY_CASES:
				return getSurveyCases();
			case ModelPackage.ACCOUNTING_YEAR__RENEWAL_SUMMARY:
				return getRenewalSummary();
			case ModelPackage.ACCOUNTING_YEAR__RISK_PORTFOLIO:
				return getRiskPortfolio();
			case ModelPackage.ACCOUNTING_YEAR__CHECKLIST_ANSWERS:
				return getChecklistAnswers();
			case ModelPackage.ACCOUNTING_YEAR__EXCLUSION_SURVEYS:
				return getExclusionSurveys();
			case ModelPackage.ACCOUNTING_YEAR__MANAGEMENT_TOOLS:
				return getManagementTools();
			case ModelPackage.ACCOUNTING_YEAR__BUDGET_LINES:
				return getBudgetLines();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.ACCOUNTING_YEAR__YEAR:
				setYear((Integer)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__ACCOUNT_LINES:
				getAccountLines().clear();
				getAccountLines().addAll((Collection<? extends AccountLine>)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__HIDDEN_COSTS:
				getHiddenCosts().clear();
				getHiddenCosts().addAll((Collection<? extends HiddenCost>)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__POPULATION:
				setPopulation((PopulationFigures)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__POPULATION_GROUPS:
				getPopulationGroups().clear();
				getPopulationGroups().addAll((Collection<? extends PopulationGroup>)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__BENEFICIARY_GROUPS:
				getBeneficiaryGroups().clear();
				getBeneficiaryGroups().addAll((Collection<? extends PopulationGroup>)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__MONTHLY_BENEFICIARIES:
				getMonthlyBeneficiaries().clear();
				getMonthlyBeneficiaries().addAll((Collection<? extends MonthlyBeneficiaries>)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES:
				setMembershipAverages((MembershipAverages)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__CLAIMS_LISTING:
				getClaimsListing().clear();
				getClaimsListing().addAll((Collection<? extends ClaimsListingEntry>)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__PROVIDER_ACTIVITY:
				getProviderActivity().clear();
				getProviderActivity().addAll((Collection<? extends ProviderActivity>)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_MIX:
				getMembershipMix().clear();
				getMembershipMix().addAll((Collection<? extends MembershipMixEntry>)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__ENTITLEMENT_TOOLS:
				getEntitlementTools().clear();
				getEntitlementTools().addAll((Collection<? extends EntitlementTool>)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__SURVEY_CASES:
				getSurveyCases().clear();
				getSurveyCases().addAll((Collection<? extends SurveyCase>)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__RENEWAL_SUMMARY:
				setRenewalSummary((RenewalSummary)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__RISK_PORTFOLIO:
				getRiskPortfolio().clear();
				getRiskPortfolio().addAll((Collection<? extends RiskPortfolioEntry>)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__CHECKLIST_ANSWERS:
				getChecklistAnswers().clear();
				getChecklistAnswers().addAll((Collection<? extends ChecklistAnswer>)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__EXCLUSION_SURVEYS:
				getExclusionSurveys().clear();
				getExclusionSurveys().addAll((Collection<? extends ExclusionSurvey>)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__MANAGEMENT_TOOLS:
				getManagementTools().clear();
				getManagementTools().addAll((Collection<? extends ManagementTool>)newValue);
				return;
			case ModelPackage.ACCOUNTING_YEAR__BUDGET_LINES:
				getBudgetLines().clear();
				getBudgetLines().addAll((Collection<? extends BudgetLine>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.ACCOUNTING_YEAR__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case ModelPackage.ACCOUNTING_YEAR__ACCOUNT_LINES:
				getAccountLines().clear();
				return;
			case ModelPackage.ACCOUNTING_YEAR__HIDDEN_COSTS:
				getHiddenCosts().clear();
				return;
			case ModelPackage.ACCOUNTING_YEAR__POPULATION:
				setPopulation((PopulationFigures)null);
				return;
			case ModelPackage.ACCOUNTING_YEAR__POPULATION_GROUPS:
				getPopulationGroups().clear();
				return;
			case ModelPackage.ACCOUNTING_YEAR__BENEFICIARY_GROUPS:
				getBeneficiaryGroups().clear();
				return;
			case ModelPackage.ACCOUNTING_YEAR__MONTHLY_BENEFICIARIES:
				getMonthlyBeneficiaries().clear();
				return;
			case ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES:
				setMembershipAverages((MembershipAverages)null);
				return;
			case ModelPackage.ACCOUNTING_YEAR__CLAIMS_LISTING:
				getClaimsListing().clear();
				return;
			case ModelPackage.ACCOUNTING_YEAR__PROVIDER_ACTIVITY:
				getProviderActivity().clear();
				return;
			case ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_MIX:
				getMembershipMix().clear();
				return;
			case ModelPackage.ACCOUNTING_YEAR__ENTITLEMENT_TOOLS:
				getEntitlementTools().clear();
				return;
			case ModelPackage.ACCOUNTING_YEAR__SURVEY_CASES:
				getSurveyCases().clear();
				return;
			case ModelPackage.ACCOUNTING_YEAR__RENEWAL_SUMMARY:
				setRenewalSummary((RenewalSummary)null);
				return;
			case ModelPackage.ACCOUNTING_YEAR__RISK_PORTFOLIO:
				getRiskPortfolio().clear();
				return;
			case ModelPackage.ACCOUNTING_YEAR__CHECKLIST_ANSWERS:
				getChecklistAnswers().clear();
				return;
			case ModelPackage.ACCOUNTING_YEAR__EXCLUSION_SURVEYS:
				getExclusionSurveys().clear();
				return;
			case ModelPackage.ACCOUNTING_YEAR__MANAGEMENT_TOOLS:
				getManagementTools().clear();
				return;
			case ModelPackage.ACCOUNTING_YEAR__BUDGET_LINES:
				getBudgetLines().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.ACCOUNTING_YEAR__YEAR:
				return year != YEAR_EDEFAULT;
			case ModelPackage.ACCOUNTING_YEAR__ACCOUNT_LINES:
				return accountLines != null && !accountLines.isEmpty();
			case ModelPackage.ACCOUNTING_YEAR__HIDDEN_COSTS:
				return hiddenCosts != null && !hiddenCosts.isEmpty();
			case ModelPackage.ACCOUNTING_YEAR__POPULATION:
				return population != null;
			case ModelPackage.ACCOUNTING_YEAR__POPULATION_GROUPS:
				return populationGroups != null && !populationGroups.isEmpty();
			case ModelPackage.ACCOUNTING_YEAR__BENEFICIARY_GROUPS:
				return beneficiaryGroups != null && !beneficiaryGroups.isEmpty();
			case ModelPackage.ACCOUNTING_YEAR__MONTHLY_BENEFICIARIES:
				return monthlyBeneficiaries != null && !monthlyBeneficiaries.isEmpty();
			case ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES:
				return membershipAverages != null;
			case ModelPackage.ACCOUNTING_YEAR__CLAIMS_LISTING:
				return claimsListing != null && !claimsListing.isEmpty();
			case ModelPackage.ACCOUNTING_YEAR__PROVIDER_ACTIVITY:
				return providerActivity != null && !providerActivity.isEmpty();
			case ModelPackage.ACCOUNTING_YEAR__MEMBERSHIP_MIX:
				return membershipMix != null && !membershipMix.isEmpty();
			case ModelPackage.ACCOUNTING_YEAR__ENTITLEMENT_TOOLS:
				return entitlementTools != null && !entitlementTools.isEmpty();
			case ModelPackage.ACCOUNTING_YEAR__SURVEY_CASES:
				return surveyCases != null && !surveyCases.isEmpty();
			case ModelPackage.ACCOUNTING_YEAR__RENEWAL_SUMMARY:
				return renewalSummary != null;
			case ModelPackage.ACCOUNTING_YEAR__RISK_PORTFOLIO:
				return riskPortfolio != null && !riskPortfolio.isEmpty();
			case ModelPackage.ACCOUNTING_YEAR__CHECKLIST_ANSWERS:
				return checklistAnswers != null && !checklistAnswers.isEmpty();
			case ModelPackage.ACCOUNTING_YEAR__EXCLUSION_SURVEYS:
				return exclusionSurveys != null && !exclusionSurveys.isEmpty();
			case ModelPackage.ACCOUNTING_YEAR__MANAGEMENT_TOOLS:
				return managementTools != null && !managementTools.isEmpty();
			case ModelPackage.ACCOUNTING_YEAR__BUDGET_LINES:
				return budgetLines != null && !budgetLines.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (year: "); //$NON-NLS-1$
		result.append(year);
		result.append(')');
		return result.toString();
	}

} //AccountingYearImpl
