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
import org.hmis.eval.model.ProviderActivity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Provider Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.ProviderActivityImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ProviderActivityImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ProviderActivityImpl#getServicesDispensed <em>Services Dispensed</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ProviderActivityImpl#getNonBeneficiaryServices <em>Non Beneficiary Services</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ProviderActivityImpl#getNonBeneficiaryPopulation <em>Non Beneficiary Population</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ProviderActivityImpl#getAverageCopayment <em>Average Copayment</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ProviderActivityImpl#getNonBeneficiaryAverageCost <em>Non Beneficiary Average Cost</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ProviderActivityImpl#getCopaymentsReceived <em>Copayments Received</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.ProviderActivityImpl#getTotalIncome <em>Total Income</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProviderActivityImpl extends MinimalEObjectImpl.Container implements ProviderActivity {
	/**
	 * The default value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected String provider = PROVIDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getServicesDispensed() <em>Services Dispensed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServicesDispensed()
	 * @generated
	 * @ordered
	 */
	protected static final Long SERVICES_DISPENSED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServicesDispensed() <em>Services Dispensed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServicesDispensed()
	 * @generated
	 * @ordered
	 */
	protected Long servicesDispensed = SERVICES_DISPENSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getNonBeneficiaryServices() <em>Non Beneficiary Services</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonBeneficiaryServices()
	 * @generated
	 * @ordered
	 */
	protected static final Long NON_BENEFICIARY_SERVICES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNonBeneficiaryServices() <em>Non Beneficiary Services</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonBeneficiaryServices()
	 * @generated
	 * @ordered
	 */
	protected Long nonBeneficiaryServices = NON_BENEFICIARY_SERVICES_EDEFAULT;

	/**
	 * The default value of the '{@link #getNonBeneficiaryPopulation() <em>Non Beneficiary Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonBeneficiaryPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final Long NON_BENEFICIARY_POPULATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNonBeneficiaryPopulation() <em>Non Beneficiary Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonBeneficiaryPopulation()
	 * @generated
	 * @ordered
	 */
	protected Long nonBeneficiaryPopulation = NON_BENEFICIARY_POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAverageCopayment() <em>Average Copayment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAverageCopayment()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AVERAGE_COPAYMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAverageCopayment() <em>Average Copayment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAverageCopayment()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal averageCopayment = AVERAGE_COPAYMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNonBeneficiaryAverageCost() <em>Non Beneficiary Average Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonBeneficiaryAverageCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal NON_BENEFICIARY_AVERAGE_COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNonBeneficiaryAverageCost() <em>Non Beneficiary Average Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonBeneficiaryAverageCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal nonBeneficiaryAverageCost = NON_BENEFICIARY_AVERAGE_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getCopaymentsReceived() <em>Copayments Received</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopaymentsReceived()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal COPAYMENTS_RECEIVED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCopaymentsReceived() <em>Copayments Received</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopaymentsReceived()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal copaymentsReceived = COPAYMENTS_RECEIVED_EDEFAULT;

	/**
	 * The default value of the '{@link #getTotalIncome() <em>Total Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalIncome()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TOTAL_INCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTotalIncome() <em>Total Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalIncome()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal totalIncome = TOTAL_INCOME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProviderActivityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PROVIDER_ACTIVITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(String newProvider) {
		String oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVIDER_ACTIVITY__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVIDER_ACTIVITY__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getServicesDispensed() {
		return servicesDispensed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServicesDispensed(Long newServicesDispensed) {
		Long oldServicesDispensed = servicesDispensed;
		servicesDispensed = newServicesDispensed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVIDER_ACTIVITY__SERVICES_DISPENSED, oldServicesDispensed, servicesDispensed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getNonBeneficiaryServices() {
		return nonBeneficiaryServices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNonBeneficiaryServices(Long newNonBeneficiaryServices) {
		Long oldNonBeneficiaryServices = nonBeneficiaryServices;
		nonBeneficiaryServices = newNonBeneficiaryServices;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVIDER_ACTIVITY__NON_BENEFICIARY_SERVICES, oldNonBeneficiaryServices, nonBeneficiaryServices));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getNonBeneficiaryPopulation() {
		return nonBeneficiaryPopulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNonBeneficiaryPopulation(Long newNonBeneficiaryPopulation) {
		Long oldNonBeneficiaryPopulation = nonBeneficiaryPopulation;
		nonBeneficiaryPopulation = newNonBeneficiaryPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVIDER_ACTIVITY__NON_BENEFICIARY_POPULATION, oldNonBeneficiaryPopulation, nonBeneficiaryPopulation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAverageCopayment() {
		return averageCopayment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAverageCopayment(BigDecimal newAverageCopayment) {
		BigDecimal oldAverageCopayment = averageCopayment;
		averageCopayment = newAverageCopayment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVIDER_ACTIVITY__AVERAGE_COPAYMENT, oldAverageCopayment, averageCopayment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getNonBeneficiaryAverageCost() {
		return nonBeneficiaryAverageCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNonBeneficiaryAverageCost(BigDecimal newNonBeneficiaryAverageCost) {
		BigDecimal oldNonBeneficiaryAverageCost = nonBeneficiaryAverageCost;
		nonBeneficiaryAverageCost = newNonBeneficiaryAverageCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVIDER_ACTIVITY__NON_BENEFICIARY_AVERAGE_COST, oldNonBeneficiaryAverageCost, nonBeneficiaryAverageCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCopaymentsReceived() {
		return copaymentsReceived;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCopaymentsReceived(BigDecimal newCopaymentsReceived) {
		BigDecimal oldCopaymentsReceived = copaymentsReceived;
		copaymentsReceived = newCopaymentsReceived;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVIDER_ACTIVITY__COPAYMENTS_RECEIVED, oldCopaymentsReceived, copaymentsReceived));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTotalIncome() {
		return totalIncome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalIncome(BigDecimal newTotalIncome) {
		BigDecimal oldTotalIncome = totalIncome;
		totalIncome = newTotalIncome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROVIDER_ACTIVITY__TOTAL_INCOME, oldTotalIncome, totalIncome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.PROVIDER_ACTIVITY__PROVIDER:
				return getProvider();
			case ModelPackage.PROVIDER_ACTIVITY__CATEGORY:
				return getCategory();
			case ModelPackage.PROVIDER_ACTIVITY__SERVICES_DISPENSED:
				return getServicesDispensed();
			case ModelPackage.PROVIDER_ACTIVITY__NON_BENEFICIARY_SERVICES:
				return getNonBeneficiaryServices();
			case ModelPackage.PROVIDER_ACTIVITY__NON_BENEFICIARY_POPULATION:
				return getNonBeneficiaryPopulation();
			case ModelPackage.PROVIDER_ACTIVITY__AVERAGE_COPAYMENT:
				return getAverageCopayment();
			case ModelPackage.PROVIDER_ACTIVITY__NON_BENEFICIARY_AVERAGE_COST:
				return getNonBeneficiaryAverageCost();
			case ModelPackage.PROVIDER_ACTIVITY__COPAYMENTS_RECEIVED:
				return getCopaymentsReceived();
			case ModelPackage.PROVIDER_ACTIVITY__TOTAL_INCOME:
				return getTotalIncome();
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
			case ModelPackage.PROVIDER_ACTIVITY__PROVIDER:
				setProvider((String)newValue);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__CATEGORY:
				setCategory((String)newValue);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__SERVICES_DISPENSED:
				setServicesDispensed((Long)newValue);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__NON_BENEFICIARY_SERVICES:
				setNonBeneficiaryServices((Long)newValue);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__NON_BENEFICIARY_POPULATION:
				setNonBeneficiaryPopulation((Long)newValue);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__AVERAGE_COPAYMENT:
				setAverageCopayment((BigDecimal)newValue);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__NON_BENEFICIARY_AVERAGE_COST:
				setNonBeneficiaryAverageCost((BigDecimal)newValue);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__COPAYMENTS_RECEIVED:
				setCopaymentsReceived((BigDecimal)newValue);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__TOTAL_INCOME:
				setTotalIncome((BigDecimal)newValue);
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
			case ModelPackage.PROVIDER_ACTIVITY__PROVIDER:
				setProvider(PROVIDER_EDEFAULT);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__SERVICES_DISPENSED:
				setServicesDispensed(SERVICES_DISPENSED_EDEFAULT);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__NON_BENEFICIARY_SERVICES:
				setNonBeneficiaryServices(NON_BENEFICIARY_SERVICES_EDEFAULT);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__NON_BENEFICIARY_POPULATION:
				setNonBeneficiaryPopulation(NON_BENEFICIARY_POPULATION_EDEFAULT);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__AVERAGE_COPAYMENT:
				setAverageCopayment(AVERAGE_COPAYMENT_EDEFAULT);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__NON_BENEFICIARY_AVERAGE_COST:
				setNonBeneficiaryAverageCost(NON_BENEFICIARY_AVERAGE_COST_EDEFAULT);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__COPAYMENTS_RECEIVED:
				setCopaymentsReceived(COPAYMENTS_RECEIVED_EDEFAULT);
				return;
			case ModelPackage.PROVIDER_ACTIVITY__TOTAL_INCOME:
				setTotalIncome(TOTAL_INCOME_EDEFAULT);
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
			case ModelPackage.PROVIDER_ACTIVITY__PROVIDER:
				return PROVIDER_EDEFAULT == null ? provider != null : !PROVIDER_EDEFAULT.equals(provider);
			case ModelPackage.PROVIDER_ACTIVITY__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case ModelPackage.PROVIDER_ACTIVITY__SERVICES_DISPENSED:
				return SERVICES_DISPENSED_EDEFAULT == null ? servicesDispensed != null : !SERVICES_DISPENSED_EDEFAULT.equals(servicesDispensed);
			case ModelPackage.PROVIDER_ACTIVITY__NON_BENEFICIARY_SERVICES:
				return NON_BENEFICIARY_SERVICES_EDEFAULT == null ? nonBeneficiaryServices != null : !NON_BENEFICIARY_SERVICES_EDEFAULT.equals(nonBeneficiaryServices);
			case ModelPackage.PROVIDER_ACTIVITY__NON_BENEFICIARY_POPULATION:
				return NON_BENEFICIARY_POPULATION_EDEFAULT == null ? nonBeneficiaryPopulation != null : !NON_BENEFICIARY_POPULATION_EDEFAULT.equals(nonBeneficiaryPopulation);
			case ModelPackage.PROVIDER_ACTIVITY__AVERAGE_COPAYMENT:
				return AVERAGE_COPAYMENT_EDEFAULT == null ? averageCopayment != null : !AVERAGE_COPAYMENT_EDEFAULT.equals(averageCopayment);
			case ModelPackage.PROVIDER_ACTIVITY__NON_BENEFICIARY_AVERAGE_COST:
				return NON_BENEFICIARY_AVERAGE_COST_EDEFAULT == null ? nonBeneficiaryAverageCost != null : !NON_BENEFICIARY_AVERAGE_COST_EDEFAULT.equals(nonBeneficiaryAverageCost);
			case ModelPackage.PROVIDER_ACTIVITY__COPAYMENTS_RECEIVED:
				return COPAYMENTS_RECEIVED_EDEFAULT == null ? copaymentsReceived != null : !COPAYMENTS_RECEIVED_EDEFAULT.equals(copaymentsReceived);
			case ModelPackage.PROVIDER_ACTIVITY__TOTAL_INCOME:
				return TOTAL_INCOME_EDEFAULT == null ? totalIncome != null : !TOTAL_INCOME_EDEFAULT.equals(totalIncome);
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
		result.append(" (provider: "); //$NON-NLS-1$
		result.append(provider);
		result.append(", category: "); //$NON-NLS-1$
		result.append(category);
		result.append(", servicesDispensed: "); //$NON-NLS-1$
		result.append(servicesDispensed);
		result.append(", nonBeneficiaryServices: "); //$NON-NLS-1$
		result.append(nonBeneficiaryServices);
		result.append(", nonBeneficiaryPopulation: "); //$NON-NLS-1$
		result.append(nonBeneficiaryPopulation);
		result.append(", averageCopayment: "); //$NON-NLS-1$
		result.append(averageCopayment);
		result.append(", nonBeneficiaryAverageCost: "); //$NON-NLS-1$
		result.append(nonBeneficiaryAverageCost);
		result.append(", copaymentsReceived: "); //$NON-NLS-1$
		result.append(copaymentsReceived);
		result.append(", totalIncome: "); //$NON-NLS-1$
		result.append(totalIncome);
		result.append(')');
		return result.toString();
	}

} //ProviderActivityImpl
