/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.PaymentMechanism;
import org.hmis.eval.model.RiskPortfolioEntry;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Risk Portfolio Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.RiskPortfolioEntryImpl#getService <em>Service</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RiskPortfolioEntryImpl#isCovered <em>Covered</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RiskPortfolioEntryImpl#getWaitingPeriod <em>Waiting Period</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RiskPortfolioEntryImpl#getDeductible <em>Deductible</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RiskPortfolioEntryImpl#getCopaymentPercent <em>Copayment Percent</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RiskPortfolioEntryImpl#getMaximumBenefit <em>Maximum Benefit</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RiskPortfolioEntryImpl#isPriorAgreement <em>Prior Agreement</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RiskPortfolioEntryImpl#isCompulsoryReferral <em>Compulsory Referral</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RiskPortfolioEntryImpl#getPaymentMechanism <em>Payment Mechanism</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RiskPortfolioEntryImpl#isRationalization <em>Rationalization</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.RiskPortfolioEntryImpl#isProviderSelection <em>Provider Selection</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RiskPortfolioEntryImpl extends MinimalEObjectImpl.Container implements RiskPortfolioEntry {
	/**
	 * The default value of the '{@link #getService() <em>Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getService() <em>Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected String service = SERVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #isCovered() <em>Covered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCovered()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COVERED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCovered() <em>Covered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCovered()
	 * @generated
	 * @ordered
	 */
	protected boolean covered = COVERED_EDEFAULT;

	/**
	 * The default value of the '{@link #getWaitingPeriod() <em>Waiting Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaitingPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String WAITING_PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWaitingPeriod() <em>Waiting Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaitingPeriod()
	 * @generated
	 * @ordered
	 */
	protected String waitingPeriod = WAITING_PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeductible() <em>Deductible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeductible()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal DEDUCTIBLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeductible() <em>Deductible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeductible()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal deductible = DEDUCTIBLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCopaymentPercent() <em>Copayment Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopaymentPercent()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal COPAYMENT_PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCopaymentPercent() <em>Copayment Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopaymentPercent()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal copaymentPercent = COPAYMENT_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaximumBenefit() <em>Maximum Benefit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumBenefit()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MAXIMUM_BENEFIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaximumBenefit() <em>Maximum Benefit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximumBenefit()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal maximumBenefit = MAXIMUM_BENEFIT_EDEFAULT;

	/**
	 * The default value of the '{@link #isPriorAgreement() <em>Prior Agreement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPriorAgreement()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRIOR_AGREEMENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPriorAgreement() <em>Prior Agreement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPriorAgreement()
	 * @generated
	 * @ordered
	 */
	protected boolean priorAgreement = PRIOR_AGREEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isCompulsoryReferral() <em>Compulsory Referral</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCompulsoryReferral()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMPULSORY_REFERRAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCompulsoryReferral() <em>Compulsory Referral</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCompulsoryReferral()
	 * @generated
	 * @ordered
	 */
	protected boolean compulsoryReferral = COMPULSORY_REFERRAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPaymentMechanism() <em>Payment Mechanism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaymentMechanism()
	 * @generated
	 * @ordered
	 */
	protected static final PaymentMechanism PAYMENT_MECHANISM_EDEFAULT = PaymentMechanism.FEE_FOR_SERVICE;

	/**
	 * The cached value of the '{@link #getPaymentMechanism() <em>Payment Mechanism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaymentMechanism()
	 * @generated
	 * @ordered
	 */
	protected PaymentMechanism paymentMechanism = PAYMENT_MECHANISM_EDEFAULT;

	/**
	 * This is true if the Payment Mechanism attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean paymentMechanismESet;

	/**
	 * The default value of the '{@link #isRationalization() <em>Rationalization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRationalization()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RATIONALIZATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRationalization() <em>Rationalization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRationalization()
	 * @generated
	 * @ordered
	 */
	protected boolean rationalization = RATIONALIZATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isProviderSelection() <em>Provider Selection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isProviderSelection()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PROVIDER_SELECTION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isProviderSelection() <em>Provider Selection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isProviderSelection()
	 * @generated
	 * @ordered
	 */
	protected boolean providerSelection = PROVIDER_SELECTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RiskPortfolioEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.RISK_PORTFOLIO_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getService() {
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setService(String newService) {
		String oldService = service;
		service = newService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RISK_PORTFOLIO_ENTRY__SERVICE, oldService, service));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCovered() {
		return covered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCovered(boolean newCovered) {
		boolean oldCovered = covered;
		covered = newCovered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RISK_PORTFOLIO_ENTRY__COVERED, oldCovered, covered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWaitingPeriod() {
		return waitingPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWaitingPeriod(String newWaitingPeriod) {
		String oldWaitingPeriod = waitingPeriod;
		waitingPeriod = newWaitingPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RISK_PORTFOLIO_ENTRY__WAITING_PERIOD, oldWaitingPeriod, waitingPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getDeductible() {
		return deductible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeductible(BigDecimal newDeductible) {
		BigDecimal oldDeductible = deductible;
		deductible = newDeductible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RISK_PORTFOLIO_ENTRY__DEDUCTIBLE, oldDeductible, deductible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCopaymentPercent() {
		return copaymentPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCopaymentPercent(BigDecimal newCopaymentPercent) {
		BigDecimal oldCopaymentPercent = copaymentPercent;
		copaymentPercent = newCopaymentPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RISK_PORTFOLIO_ENTRY__COPAYMENT_PERCENT, oldCopaymentPercent, copaymentPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMaximumBenefit() {
		return maximumBenefit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximumBenefit(BigDecimal newMaximumBenefit) {
		BigDecimal oldMaximumBenefit = maximumBenefit;
		maximumBenefit = newMaximumBenefit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RISK_PORTFOLIO_ENTRY__MAXIMUM_BENEFIT, oldMaximumBenefit, maximumBenefit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPriorAgreement() {
		return priorAgreement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriorAgreement(boolean newPriorAgreement) {
		boolean oldPriorAgreement = priorAgreement;
		priorAgreement = newPriorAgreement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RISK_PORTFOLIO_ENTRY__PRIOR_AGREEMENT, oldPriorAgreement, priorAgreement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCompulsoryReferral() {
		return compulsoryReferral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompulsoryReferral(boolean newCompulsoryReferral) {
		boolean oldCompulsoryReferral = compulsoryReferral;
		compulsoryReferral = newCompulsoryReferral;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RISK_PORTFOLIO_ENTRY__COMPULSORY_REFERRAL, oldCompulsoryReferral, compulsoryReferral));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PaymentMechanism getPaymentMechanism() {
		return paymentMechanism;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPaymentMechanism(PaymentMechanism newPaymentMechanism) {
		PaymentMechanism oldPaymentMechanism = paymentMechanism;
		paymentMechanism = newPaymentMechanism == null ? PAYMENT_MECHANISM_EDEFAULT : newPaymentMechanism;
		boolean oldPaymentMechanismESet = paymentMechanismESet;
		paymentMechanismESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RISK_PORTFOLIO_ENTRY__PAYMENT_MECHANISM, oldPaymentMechanism, paymentMechanism, !oldPaymentMechanismESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPaymentMechanism() {
		PaymentMechanism oldPaymentMechanism = paymentMechanism;
		boolean oldPaymentMechanismESet = paymentMechanismESet;
		paymentMechanism = PAYMENT_MECHANISM_EDEFAULT;
		paymentMechanismESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ModelPackage.RISK_PORTFOLIO_ENTRY__PAYMENT_MECHANISM, oldPaymentMechanism, PAYMENT_MECHANISM_EDEFAULT, oldPaymentMechanismESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPaymentMechanism() {
		return paymentMechanismESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRationalization() {
		return rationalization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationalization(boolean newRationalization) {
		boolean oldRationalization = rationalization;
		rationalization = newRationalization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RISK_PORTFOLIO_ENTRY__RATIONALIZATION, oldRationalization, rationalization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isProviderSelection() {
		return providerSelection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProviderSelection(boolean newProviderSelection) {
		boolean oldProviderSelection = providerSelection;
		providerSelection = newProviderSelection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RISK_PORTFOLIO_ENTRY__PROVIDER_SELECTION, oldProviderSelection, providerSelection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.RISK_PORTFOLIO_ENTRY__SERVICE:
				return getService();
			case ModelPackage.RISK_PORTFOLIO_ENTRY__COVERED:
				return isCovered();
			case ModelPackage.RISK_PORTFOLIO_ENTRY__WAITING_PERIOD:
				return getWaitingPeriod();
			case ModelPackage.RISK_PORTFOLIO_ENTRY__DEDUCTIBLE:
				return getDeductible();
			case ModelPackage.RISK_PORTFOLIO_ENTRY__COPAYMENT_PERCENT:
				return getCopaymentPercent();
			case ModelPackage.RISK_PORTFOLIO_ENTRY__MAXIMUM_BENEFIT:
				return getMaximumBenefit();
			case ModelPackage.RISK_PORTFOLIO_ENTRY__PRIOR_AGREEMENT:
				return isPriorAgreement();
			case ModelPackage.RISK_PORTFOLIO_ENTRY__COMPULSORY_REFERRAL:
				return isCompulsoryReferral();
			case ModelPackage.RISK_PORTFOLIO_ENTRY__PAYMENT_MECHANISM:
				return getPaymentMechanism();
			case ModelPackage.RISK_PORTFOLIO_ENTRY__RATIONALIZATION:
				return isRationalization();
			case ModelPackage.RISK_PORTFOLIO_ENTRY__PROVIDER_SELECTION:
				return isProviderSelection();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.RISK_PORTFOLIO_ENTRY__SERVICE:
				setService((String)newValue);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__COVERED:
				setCovered((Boolean)newValue);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__WAITING_PERIOD:
				setWaitingPeriod((String)newValue);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__DEDUCTIBLE:
				setDeductible((BigDecimal)newValue);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__COPAYMENT_PERCENT:
				setCopaymentPercent((BigDecimal)newValue);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__MAXIMUM_BENEFIT:
				setMaximumBenefit((BigDecimal)newValue);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__PRIOR_AGREEMENT:
				setPriorAgreement((Boolean)newValue);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__COMPULSORY_REFERRAL:
				setCompulsoryReferral((Boolean)newValue);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__PAYMENT_MECHANISM:
				setPaymentMechanism((PaymentMechanism)newValue);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__RATIONALIZATION:
				setRationalization((Boolean)newValue);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__PROVIDER_SELECTION:
				setProviderSelection((Boolean)newValue);
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
			case ModelPackage.RISK_PORTFOLIO_ENTRY__SERVICE:
				setService(SERVICE_EDEFAULT);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__COVERED:
				setCovered(COVERED_EDEFAULT);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__WAITING_PERIOD:
				setWaitingPeriod(WAITING_PERIOD_EDEFAULT);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__DEDUCTIBLE:
				setDeductible(DEDUCTIBLE_EDEFAULT);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__COPAYMENT_PERCENT:
				setCopaymentPercent(COPAYMENT_PERCENT_EDEFAULT);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__MAXIMUM_BENEFIT:
				setMaximumBenefit(MAXIMUM_BENEFIT_EDEFAULT);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__PRIOR_AGREEMENT:
				setPriorAgreement(PRIOR_AGREEMENT_EDEFAULT);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__COMPULSORY_REFERRAL:
				setCompulsoryReferral(COMPULSORY_REFERRAL_EDEFAULT);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__PAYMENT_MECHANISM:
				unsetPaymentMechanism();
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__RATIONALIZATION:
				setRationalization(RATIONALIZATION_EDEFAULT);
				return;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__PROVIDER_SELECTION:
				setProviderSelection(PROVIDER_SELECTION_EDEFAULT);
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
			case ModelPackage.RISK_PORTFOLIO_ENTRY__SERVICE:
				return SERVICE_EDEFAULT == null ? service != null : !SERVICE_EDEFAULT.equals(service);
			case ModelPackage.RISK_PORTFOLIO_ENTRY__COVERED:
				return covered != COVERED_EDEFAULT;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__WAITING_PERIOD:
				return WAITING_PERIOD_EDEFAULT == null ? waitingPeriod != null : !WAITING_PERIOD_EDEFAULT.equals(waitingPeriod);
			case ModelPackage.RISK_PORTFOLIO_ENTRY__DEDUCTIBLE:
				return DEDUCTIBLE_EDEFAULT == null ? deductible != null : !DEDUCTIBLE_EDEFAULT.equals(deductible);
			case ModelPackage.RISK_PORTFOLIO_ENTRY__COPAYMENT_PERCENT:
				return COPAYMENT_PERCENT_EDEFAULT == null ? copaymentPercent != null : !COPAYMENT_PERCENT_EDEFAULT.equals(copaymentPercent);
			case ModelPackage.RISK_PORTFOLIO_ENTRY__MAXIMUM_BENEFIT:
				return MAXIMUM_BENEFIT_EDEFAULT == null ? maximumBenefit != null : !MAXIMUM_BENEFIT_EDEFAULT.equals(maximumBenefit);
			case ModelPackage.RISK_PORTFOLIO_ENTRY__PRIOR_AGREEMENT:
				return priorAgreement != PRIOR_AGREEMENT_EDEFAULT;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__COMPULSORY_REFERRAL:
				return compulsoryReferral != COMPULSORY_REFERRAL_EDEFAULT;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__PAYMENT_MECHANISM:
				return isSetPaymentMechanism();
			case ModelPackage.RISK_PORTFOLIO_ENTRY__RATIONALIZATION:
				return rationalization != RATIONALIZATION_EDEFAULT;
			case ModelPackage.RISK_PORTFOLIO_ENTRY__PROVIDER_SELECTION:
				return providerSelection != PROVIDER_SELECTION_EDEFAULT;
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
		result.append(" (service: "); //$NON-NLS-1$
		result.append(service);
		result.append(", covered: "); //$NON-NLS-1$
		result.append(covered);
		result.append(", waitingPeriod: "); //$NON-NLS-1$
		result.append(waitingPeriod);
		result.append(", deductible: "); //$NON-NLS-1$
		result.append(deductible);
		result.append(", copaymentPercent: "); //$NON-NLS-1$
		result.append(copaymentPercent);
		result.append(", maximumBenefit: "); //$NON-NLS-1$
		result.append(maximumBenefit);
		result.append(", priorAgreement: "); //$NON-NLS-1$
		result.append(priorAgreement);
		result.append(", compulsoryReferral: "); //$NON-NLS-1$
		result.append(compulsoryReferral);
		result.append(", paymentMechanism: "); //$NON-NLS-1$
		if (paymentMechanismESet) result.append(paymentMechanism); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", rationalization: "); //$NON-NLS-1$
		result.append(rationalization);
		result.append(", providerSelection: "); //$NON-NLS-1$
		result.append(providerSelection);
		result.append(')');
		return result.toString();
	}

} //RiskPortfolioEntryImpl
