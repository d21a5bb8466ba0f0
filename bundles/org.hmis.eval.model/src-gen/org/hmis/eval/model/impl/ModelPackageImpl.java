/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.ClaimsListingEntry;
import org.hmis.eval.model.EnrolmentMode;
import org.hmis.eval.model.EntitlementTool;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.HiddenCost;
import org.hmis.eval.model.MembershipAverages;
import org.hmis.eval.model.MembershipMixEntry;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.MonthlyBeneficiaries;
import org.hmis.eval.model.PaymentSystem;
import org.hmis.eval.model.PopulationFigures;
import org.hmis.eval.model.PopulationGroup;
import org.hmis.eval.model.PremiumPayment;
import org.hmis.eval.model.ProviderActivity;
import org.hmis.eval.model.Scheme;

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
	public EReference getAccountingYear_MonthlyBeneficiaries() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_MembershipAverages() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_ClaimsListing() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_ProviderActivity() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_MembershipMix() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountingYear_EntitlementTools() {
		return (EReference)accountingYearEClass.getEStructuralFeatures().get(10);
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

		accountingYearEClass = createEClass(ACCOUNTING_YEAR);
		createEAttribute(accountingYearEClass, ACCOUNTING_YEAR__YEAR);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__ACCOUNT_LINES);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__HIDDEN_COSTS);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__POPULATION);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__POPULATION_GROUPS);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__MONTHLY_BENEFICIARIES);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__MEMBERSHIP_AVERAGES);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__CLAIMS_LISTING);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__PROVIDER_ACTIVITY);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__MEMBERSHIP_MIX);
		createEReference(accountingYearEClass, ACCOUNTING_YEAR__ENTITLEMENT_TOOLS);

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

		membershipMixEntryEClass = createEClass(MEMBERSHIP_MIX_ENTRY);
		createEAttribute(membershipMixEntryEClass, MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_TYPE);
		createEAttribute(membershipMixEntryEClass, MEMBERSHIP_MIX_ENTRY__MEMBERSHIP_UNIT);
		createEAttribute(membershipMixEntryEClass, MEMBERSHIP_MIX_ENTRY__BENEFICIARIES);

		entitlementToolEClass = createEClass(ENTITLEMENT_TOOL);
		createEAttribute(entitlementToolEClass, ENTITLEMENT_TOOL__TOOL);
		createEAttribute(entitlementToolEClass, ENTITLEMENT_TOOL__SCORE);

		// Create enums
		enrolmentModeEEnum = createEEnum(ENROLMENT_MODE);
		premiumPaymentEEnum = createEEnum(PREMIUM_PAYMENT);
		paymentSystemEEnum = createEEnum(PAYMENT_SYSTEM);
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

		initEClass(accountingYearEClass, AccountingYear.class, "AccountingYear", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAccountingYear_Year(), ecorePackage.getEInt(), "year", null, 0, 1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_AccountLines(), this.getAccountLine(), null, "accountLines", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_HiddenCosts(), this.getHiddenCost(), null, "hiddenCosts", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_Population(), this.getPopulationFigures(), null, "population", null, 0, 1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_PopulationGroups(), this.getPopulationGroup(), null, "populationGroups", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_MonthlyBeneficiaries(), this.getMonthlyBeneficiaries(), null, "monthlyBeneficiaries", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_MembershipAverages(), this.getMembershipAverages(), null, "membershipAverages", null, 0, 1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_ClaimsListing(), this.getClaimsListingEntry(), null, "claimsListing", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_ProviderActivity(), this.getProviderActivity(), null, "providerActivity", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_MembershipMix(), this.getMembershipMixEntry(), null, "membershipMix", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAccountingYear_EntitlementTools(), this.getEntitlementTool(), null, "entitlementTools", null, 0, -1, AccountingYear.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

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

		initEClass(membershipMixEntryEClass, MembershipMixEntry.class, "MembershipMixEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMembershipMixEntry_MembershipType(), ecorePackage.getEString(), "membershipType", null, 0, 1, MembershipMixEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMembershipMixEntry_MembershipUnit(), ecorePackage.getEString(), "membershipUnit", null, 0, 1, MembershipMixEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMembershipMixEntry_Beneficiaries(), ecorePackage.getELong(), "beneficiaries", null, 0, 1, MembershipMixEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(entitlementToolEClass, EntitlementTool.class, "EntitlementTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEntitlementTool_Tool(), ecorePackage.getEString(), "tool", null, 0, 1, EntitlementTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEntitlementTool_Score(), ecorePackage.getEInt(), "score", null, 0, 1, EntitlementTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

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

		// Create resource
		createResource(eNS_URI);
	}

} //ModelPackageImpl
