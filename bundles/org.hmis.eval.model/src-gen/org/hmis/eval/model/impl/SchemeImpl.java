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

import org.hmis.eval.model.BenefitPlan;
import org.hmis.eval.model.EnrolmentMode;
import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.PaymentSystem;
import org.hmis.eval.model.PremiumPayment;
import org.hmis.eval.model.Provider;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.ServiceCategory;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scheme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.SchemeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SchemeImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SchemeImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SchemeImpl#getFirstYearOfOperation <em>First Year Of Operation</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SchemeImpl#getAccountingYearStartMonth <em>Accounting Year Start Month</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SchemeImpl#getEnrolment <em>Enrolment</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SchemeImpl#getPremiumPayment <em>Premium Payment</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SchemeImpl#getPaymentSystem <em>Payment System</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SchemeImpl#getRenewalWindowDays <em>Renewal Window Days</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SchemeImpl#getProviders <em>Providers</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SchemeImpl#getServiceCategories <em>Service Categories</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.SchemeImpl#getBenefitPlans <em>Benefit Plans</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SchemeImpl extends MinimalEObjectImpl.Container implements Scheme {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstYearOfOperation() <em>First Year Of Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstYearOfOperation()
	 * @generated
	 * @ordered
	 */
	protected static final Integer FIRST_YEAR_OF_OPERATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstYearOfOperation() <em>First Year Of Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstYearOfOperation()
	 * @generated
	 * @ordered
	 */
	protected Integer firstYearOfOperation = FIRST_YEAR_OF_OPERATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccountingYearStartMonth() <em>Accounting Year Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountingYearStartMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int ACCOUNTING_YEAR_START_MONTH_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getAccountingYearStartMonth() <em>Accounting Year Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountingYearStartMonth()
	 * @generated
	 * @ordered
	 */
	protected int accountingYearStartMonth = ACCOUNTING_YEAR_START_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnrolment() <em>Enrolment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnrolment()
	 * @generated
	 * @ordered
	 */
	protected static final EnrolmentMode ENROLMENT_EDEFAULT = EnrolmentMode.OPEN;

	/**
	 * The cached value of the '{@link #getEnrolment() <em>Enrolment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnrolment()
	 * @generated
	 * @ordered
	 */
	protected EnrolmentMode enrolment = ENROLMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPremiumPayment() <em>Premium Payment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPremiumPayment()
	 * @generated
	 * @ordered
	 */
	protected static final PremiumPayment PREMIUM_PAYMENT_EDEFAULT = PremiumPayment.SINGLE;

	/**
	 * The cached value of the '{@link #getPremiumPayment() <em>Premium Payment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPremiumPayment()
	 * @generated
	 * @ordered
	 */
	protected PremiumPayment premiumPayment = PREMIUM_PAYMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPaymentSystem() <em>Payment System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaymentSystem()
	 * @generated
	 * @ordered
	 */
	protected static final PaymentSystem PAYMENT_SYSTEM_EDEFAULT = PaymentSystem.THIRD_PARTY;

	/**
	 * The cached value of the '{@link #getPaymentSystem() <em>Payment System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaymentSystem()
	 * @generated
	 * @ordered
	 */
	protected PaymentSystem paymentSystem = PAYMENT_SYSTEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getRenewalWindowDays() <em>Renewal Window Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRenewalWindowDays()
	 * @generated
	 * @ordered
	 */
	protected static final int RENEWAL_WINDOW_DAYS_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getRenewalWindowDays() <em>Renewal Window Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRenewalWindowDays()
	 * @generated
	 * @ordered
	 */
	protected int renewalWindowDays = RENEWAL_WINDOW_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProviders() <em>Providers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviders()
	 * @generated
	 * @ordered
	 */
	protected EList<Provider> providers;

	/**
	 * The cached value of the '{@link #getServiceCategories() <em>Service Categories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceCategory> serviceCategories;

	/**
	 * The cached value of the '{@link #getBenefitPlans() <em>Benefit Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefitPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<BenefitPlan> benefitPlans;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SchemeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SCHEME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SCHEME__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SCHEME__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SCHEME__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getFirstYearOfOperation() {
		return firstYearOfOperation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstYearOfOperation(Integer newFirstYearOfOperation) {
		Integer oldFirstYearOfOperation = firstYearOfOperation;
		firstYearOfOperation = newFirstYearOfOperation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SCHEME__FIRST_YEAR_OF_OPERATION, oldFirstYearOfOperation, firstYearOfOperation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAccountingYearStartMonth() {
		return accountingYearStartMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountingYearStartMonth(int newAccountingYearStartMonth) {
		int oldAccountingYearStartMonth = accountingYearStartMonth;
		accountingYearStartMonth = newAccountingYearStartMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SCHEME__ACCOUNTING_YEAR_START_MONTH, oldAccountingYearStartMonth, accountingYearStartMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnrolmentMode getEnrolment() {
		return enrolment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnrolment(EnrolmentMode newEnrolment) {
		EnrolmentMode oldEnrolment = enrolment;
		enrolment = newEnrolment == null ? ENROLMENT_EDEFAULT : newEnrolment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SCHEME__ENROLMENT, oldEnrolment, enrolment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PremiumPayment getPremiumPayment() {
		return premiumPayment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPremiumPayment(PremiumPayment newPremiumPayment) {
		PremiumPayment oldPremiumPayment = premiumPayment;
		premiumPayment = newPremiumPayment == null ? PREMIUM_PAYMENT_EDEFAULT : newPremiumPayment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SCHEME__PREMIUM_PAYMENT, oldPremiumPayment, premiumPayment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PaymentSystem getPaymentSystem() {
		return paymentSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPaymentSystem(PaymentSystem newPaymentSystem) {
		PaymentSystem oldPaymentSystem = paymentSystem;
		paymentSystem = newPaymentSystem == null ? PAYMENT_SYSTEM_EDEFAULT : newPaymentSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SCHEME__PAYMENT_SYSTEM, oldPaymentSystem, paymentSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRenewalWindowDays() {
		return renewalWindowDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRenewalWindowDays(int newRenewalWindowDays) {
		int oldRenewalWindowDays = renewalWindowDays;
		renewalWindowDays = newRenewalWindowDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SCHEME__RENEWAL_WINDOW_DAYS, oldRenewalWindowDays, renewalWindowDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Provider> getProviders() {
		if (providers == null) {
			providers = new EObjectContainmentEList<Provider>(Provider.class, this, ModelPackage.SCHEME__PROVIDERS);
		}
		return providers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceCategory> getServiceCategories() {
		if (serviceCategories == null) {
			serviceCategories = new EObjectContainmentEList<ServiceCategory>(ServiceCategory.class, this, ModelPackage.SCHEME__SERVICE_CATEGORIES);
		}
		return serviceCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BenefitPlan> getBenefitPlans() {
		if (benefitPlans == null) {
			benefitPlans = new EObjectContainmentEList<BenefitPlan>(BenefitPlan.class, this, ModelPackage.SCHEME__BENEFIT_PLANS);
		}
		return benefitPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.SCHEME__PROVIDERS:
				return ((InternalEList<?>)getProviders()).basicRemove(otherEnd, msgs);
			case ModelPackage.SCHEME__SERVICE_CATEGORIES:
				return ((InternalEList<?>)getServiceCategories()).basicRemove(otherEnd, msgs);
			case ModelPackage.SCHEME__BENEFIT_PLANS:
				return ((InternalEList<?>)getBenefitPlans()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.SCHEME__NAME:
				return getName();
			case ModelPackage.SCHEME__COUNTRY:
				return getCountry();
			case ModelPackage.SCHEME__CURRENCY:
				return getCurrency();
			case ModelPackage.SCHEME__FIRST_YEAR_OF_OPERATION:
				return getFirstYearOfOperation();
			case ModelPackage.SCHEME__ACCOUNTING_YEAR_START_MONTH:
				return getAccountingYearStartMonth();
			case ModelPackage.SCHEME__ENROLMENT:
				return getEnrolment();
			case ModelPackage.SCHEME__PREMIUM_PAYMENT:
				return getPremiumPayment();
			case ModelPackage.SCHEME__PAYMENT_SYSTEM:
				return getPaymentSystem();
			case ModelPackage.SCHEME__RENEWAL_WINDOW_DAYS:
				return getRenewalWindowDays();
			case ModelPackage.SCHEME__PROVIDERS:
				return getProviders();
			case ModelPackage.SCHEME__SERVICE_CATEGORIES:
				return getServiceCategories();
			case ModelPackage.SCHEME__BENEFIT_PLANS:
				return getBenefitPlans();
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
			case ModelPackage.SCHEME__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.SCHEME__COUNTRY:
				setCountry((String)newValue);
				return;
			case ModelPackage.SCHEME__CURRENCY:
				setCurrency((String)newValue);
				return;
			case ModelPackage.SCHEME__FIRST_YEAR_OF_OPERATION:
				setFirstYearOfOperation((Integer)newValue);
				return;
			case ModelPackage.SCHEME__ACCOUNTING_YEAR_START_MONTH:
				setAccountingYearStartMonth((Integer)newValue);
				return;
			case ModelPackage.SCHEME__ENROLMENT:
				setEnrolment((EnrolmentMode)newValue);
				return;
			case ModelPackage.SCHEME__PREMIUM_PAYMENT:
				setPremiumPayment((PremiumPayment)newValue);
				return;
			case ModelPackage.SCHEME__PAYMENT_SYSTEM:
				setPaymentSystem((PaymentSystem)newValue);
				return;
			case ModelPackage.SCHEME__RENEWAL_WINDOW_DAYS:
				setRenewalWindowDays((Integer)newValue);
				return;
			case ModelPackage.SCHEME__PROVIDERS:
				getProviders().clear();
				getProviders().addAll((Collection<? extends Provider>)newValue);
				return;
			case ModelPackage.SCHEME__SERVICE_CATEGORIES:
				getServiceCategories().clear();
				getServiceCategories().addAll((Collection<? extends ServiceCategory>)newValue);
				return;
			case ModelPackage.SCHEME__BENEFIT_PLANS:
				getBenefitPlans().clear();
				getBenefitPlans().addAll((Collection<? extends BenefitPlan>)newValue);
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
			case ModelPackage.SCHEME__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.SCHEME__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case ModelPackage.SCHEME__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case ModelPackage.SCHEME__FIRST_YEAR_OF_OPERATION:
				setFirstYearOfOperation(FIRST_YEAR_OF_OPERATION_EDEFAULT);
				return;
			case ModelPackage.SCHEME__ACCOUNTING_YEAR_START_MONTH:
				setAccountingYearStartMonth(ACCOUNTING_YEAR_START_MONTH_EDEFAULT);
				return;
			case ModelPackage.SCHEME__ENROLMENT:
				setEnrolment(ENROLMENT_EDEFAULT);
				return;
			case ModelPackage.SCHEME__PREMIUM_PAYMENT:
				setPremiumPayment(PREMIUM_PAYMENT_EDEFAULT);
				return;
			case ModelPackage.SCHEME__PAYMENT_SYSTEM:
				setPaymentSystem(PAYMENT_SYSTEM_EDEFAULT);
				return;
			case ModelPackage.SCHEME__RENEWAL_WINDOW_DAYS:
				setRenewalWindowDays(RENEWAL_WINDOW_DAYS_EDEFAULT);
				return;
			case ModelPackage.SCHEME__PROVIDERS:
				getProviders().clear();
				return;
			case ModelPackage.SCHEME__SERVICE_CATEGORIES:
				getServiceCategories().clear();
				return;
			case ModelPackage.SCHEME__BENEFIT_PLANS:
				getBenefitPlans().clear();
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
			case ModelPackage.SCHEME__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.SCHEME__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case ModelPackage.SCHEME__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case ModelPackage.SCHEME__FIRST_YEAR_OF_OPERATION:
				return FIRST_YEAR_OF_OPERATION_EDEFAULT == null ? firstYearOfOperation != null : !FIRST_YEAR_OF_OPERATION_EDEFAULT.equals(firstYearOfOperation);
			case ModelPackage.SCHEME__ACCOUNTING_YEAR_START_MONTH:
				return accountingYearStartMonth != ACCOUNTING_YEAR_START_MONTH_EDEFAULT;
			case ModelPackage.SCHEME__ENROLMENT:
				return enrolment != ENROLMENT_EDEFAULT;
			case ModelPackage.SCHEME__PREMIUM_PAYMENT:
				return premiumPayment != PREMIUM_PAYMENT_EDEFAULT;
			case ModelPackage.SCHEME__PAYMENT_SYSTEM:
				return paymentSystem != PAYMENT_SYSTEM_EDEFAULT;
			case ModelPackage.SCHEME__RENEWAL_WINDOW_DAYS:
				return renewalWindowDays != RENEWAL_WINDOW_DAYS_EDEFAULT;
			case ModelPackage.SCHEME__PROVIDERS:
				return providers != null && !providers.isEmpty();
			case ModelPackage.SCHEME__SERVICE_CATEGORIES:
				return serviceCategories != null && !serviceCategories.isEmpty();
			case ModelPackage.SCHEME__BENEFIT_PLANS:
				return benefitPlans != null && !benefitPlans.isEmpty();
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", country: "); //$NON-NLS-1$
		result.append(country);
		result.append(", currency: "); //$NON-NLS-1$
		result.append(currency);
		result.append(", firstYearOfOperation: "); //$NON-NLS-1$
		result.append(firstYearOfOperation);
		result.append(", accountingYearStartMonth: "); //$NON-NLS-1$
		result.append(accountingYearStartMonth);
		result.append(", enrolment: "); //$NON-NLS-1$
		result.append(enrolment);
		result.append(", premiumPayment: "); //$NON-NLS-1$
		result.append(premiumPayment);
		result.append(", paymentSystem: "); //$NON-NLS-1$
		result.append(paymentSystem);
		result.append(", renewalWindowDays: "); //$NON-NLS-1$
		result.append(renewalWindowDays);
		result.append(')');
		return result.toString();
	}

} //SchemeImpl
