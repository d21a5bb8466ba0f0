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
import org.hmis.eval.model.PopulationFigures;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Population Figures</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.impl.PopulationFiguresImpl#getAreaPopulation <em>Area Population</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.PopulationFiguresImpl#getCensusPopulation <em>Census Population</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.PopulationFiguresImpl#getCensusYear <em>Census Year</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.PopulationFiguresImpl#getGrowthRate <em>Growth Rate</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.PopulationFiguresImpl#getAreaKm2 <em>Area Km2</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.PopulationFiguresImpl#getTargetPopulation <em>Target Population</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.PopulationFiguresImpl#getHouseholdSize <em>Household Size</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.PopulationFiguresImpl#getAreaIncome <em>Area Income</em>}</li>
 *   <li>{@link org.hmis.eval.model.impl.PopulationFiguresImpl#getTargetIncome <em>Target Income</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PopulationFiguresImpl extends MinimalEObjectImpl.Container implements PopulationFigures {
	/**
	 * The default value of the '{@link #getAreaPopulation() <em>Area Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final Long AREA_POPULATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAreaPopulation() <em>Area Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaPopulation()
	 * @generated
	 * @ordered
	 */
	protected Long areaPopulation = AREA_POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCensusPopulation() <em>Census Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCensusPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final Long CENSUS_POPULATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCensusPopulation() <em>Census Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCensusPopulation()
	 * @generated
	 * @ordered
	 */
	protected Long censusPopulation = CENSUS_POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCensusYear() <em>Census Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCensusYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CENSUS_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCensusYear() <em>Census Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCensusYear()
	 * @generated
	 * @ordered
	 */
	protected Integer censusYear = CENSUS_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getGrowthRate() <em>Growth Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrowthRate()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal GROWTH_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGrowthRate() <em>Growth Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrowthRate()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal growthRate = GROWTH_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAreaKm2() <em>Area Km2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaKm2()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AREA_KM2_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAreaKm2() <em>Area Km2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaKm2()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal areaKm2 = AREA_KM2_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetPopulation() <em>Target Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final Long TARGET_POPULATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetPopulation() <em>Target Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPopulation()
	 * @generated
	 * @ordered
	 */
	protected Long targetPopulation = TARGET_POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getHouseholdSize() <em>Household Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHouseholdSize()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal HOUSEHOLD_SIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHouseholdSize() <em>Household Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHouseholdSize()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal householdSize = HOUSEHOLD_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAreaIncome() <em>Area Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaIncome()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AREA_INCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAreaIncome() <em>Area Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaIncome()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal areaIncome = AREA_INCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetIncome() <em>Target Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetIncome()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_INCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetIncome() <em>Target Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetIncome()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal targetIncome = TARGET_INCOME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PopulationFiguresImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.POPULATION_FIGURES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getAreaPopulation() {
		return areaPopulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAreaPopulation(Long newAreaPopulation) {
		Long oldAreaPopulation = areaPopulation;
		areaPopulation = newAreaPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.POPULATION_FIGURES__AREA_POPULATION, oldAreaPopulation, areaPopulation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getCensusPopulation() {
		return censusPopulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCensusPopulation(Long newCensusPopulation) {
		Long oldCensusPopulation = censusPopulation;
		censusPopulation = newCensusPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.POPULATION_FIGURES__CENSUS_POPULATION, oldCensusPopulation, censusPopulation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCensusYear() {
		return censusYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCensusYear(Integer newCensusYear) {
		Integer oldCensusYear = censusYear;
		censusYear = newCensusYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.POPULATION_FIGURES__CENSUS_YEAR, oldCensusYear, censusYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getGrowthRate() {
		return growthRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrowthRate(BigDecimal newGrowthRate) {
		BigDecimal oldGrowthRate = growthRate;
		growthRate = newGrowthRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.POPULATION_FIGURES__GROWTH_RATE, oldGrowthRate, growthRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAreaKm2() {
		return areaKm2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAreaKm2(BigDecimal newAreaKm2) {
		BigDecimal oldAreaKm2 = areaKm2;
		areaKm2 = newAreaKm2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.POPULATION_FIGURES__AREA_KM2, oldAreaKm2, areaKm2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getTargetPopulation() {
		return targetPopulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetPopulation(Long newTargetPopulation) {
		Long oldTargetPopulation = targetPopulation;
		targetPopulation = newTargetPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.POPULATION_FIGURES__TARGET_POPULATION, oldTargetPopulation, targetPopulation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getHouseholdSize() {
		return householdSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHouseholdSize(BigDecimal newHouseholdSize) {
		BigDecimal oldHouseholdSize = householdSize;
		householdSize = newHouseholdSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.POPULATION_FIGURES__HOUSEHOLD_SIZE, oldHouseholdSize, householdSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAreaIncome() {
		return areaIncome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAreaIncome(BigDecimal newAreaIncome) {
		BigDecimal oldAreaIncome = areaIncome;
		areaIncome = newAreaIncome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.POPULATION_FIGURES__AREA_INCOME, oldAreaIncome, areaIncome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTargetIncome() {
		return targetIncome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetIncome(BigDecimal newTargetIncome) {
		BigDecimal oldTargetIncome = targetIncome;
		targetIncome = newTargetIncome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.POPULATION_FIGURES__TARGET_INCOME, oldTargetIncome, targetIncome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.POPULATION_FIGURES__AREA_POPULATION:
				return getAreaPopulation();
			case ModelPackage.POPULATION_FIGURES__CENSUS_POPULATION:
				return getCensusPopulation();
			case ModelPackage.POPULATION_FIGURES__CENSUS_YEAR:
				return getCensusYear();
			case ModelPackage.POPULATION_FIGURES__GROWTH_RATE:
				return getGrowthRate();
			case ModelPackage.POPULATION_FIGURES__AREA_KM2:
				return getAreaKm2();
			case ModelPackage.POPULATION_FIGURES__TARGET_POPULATION:
				return getTargetPopulation();
			case ModelPackage.POPULATION_FIGURES__HOUSEHOLD_SIZE:
				return getHouseholdSize();
			case ModelPackage.POPULATION_FIGURES__AREA_INCOME:
				return getAreaIncome();
			case ModelPackage.POPULATION_FIGURES__TARGET_INCOME:
				return getTargetIncome();
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
			case ModelPackage.POPULATION_FIGURES__AREA_POPULATION:
				setAreaPopulation((Long)newValue);
				return;
			case ModelPackage.POPULATION_FIGURES__CENSUS_POPULATION:
				setCensusPopulation((Long)newValue);
				return;
			case ModelPackage.POPULATION_FIGURES__CENSUS_YEAR:
				setCensusYear((Integer)newValue);
				return;
			case ModelPackage.POPULATION_FIGURES__GROWTH_RATE:
				setGrowthRate((BigDecimal)newValue);
				return;
			case ModelPackage.POPULATION_FIGURES__AREA_KM2:
				setAreaKm2((BigDecimal)newValue);
				return;
			case ModelPackage.POPULATION_FIGURES__TARGET_POPULATION:
				setTargetPopulation((Long)newValue);
				return;
			case ModelPackage.POPULATION_FIGURES__HOUSEHOLD_SIZE:
				setHouseholdSize((BigDecimal)newValue);
				return;
			case ModelPackage.POPULATION_FIGURES__AREA_INCOME:
				setAreaIncome((BigDecimal)newValue);
				return;
			case ModelPackage.POPULATION_FIGURES__TARGET_INCOME:
				setTargetIncome((BigDecimal)newValue);
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
			case ModelPackage.POPULATION_FIGURES__AREA_POPULATION:
				setAreaPopulation(AREA_POPULATION_EDEFAULT);
				return;
			case ModelPackage.POPULATION_FIGURES__CENSUS_POPULATION:
				setCensusPopulation(CENSUS_POPULATION_EDEFAULT);
				return;
			case ModelPackage.POPULATION_FIGURES__CENSUS_YEAR:
				setCensusYear(CENSUS_YEAR_EDEFAULT);
				return;
			case ModelPackage.POPULATION_FIGURES__GROWTH_RATE:
				setGrowthRate(GROWTH_RATE_EDEFAULT);
				return;
			case ModelPackage.POPULATION_FIGURES__AREA_KM2:
				setAreaKm2(AREA_KM2_EDEFAULT);
				return;
			case ModelPackage.POPULATION_FIGURES__TARGET_POPULATION:
				setTargetPopulation(TARGET_POPULATION_EDEFAULT);
				return;
			case ModelPackage.POPULATION_FIGURES__HOUSEHOLD_SIZE:
				setHouseholdSize(HOUSEHOLD_SIZE_EDEFAULT);
				return;
			case ModelPackage.POPULATION_FIGURES__AREA_INCOME:
				setAreaIncome(AREA_INCOME_EDEFAULT);
				return;
			case ModelPackage.POPULATION_FIGURES__TARGET_INCOME:
				setTargetIncome(TARGET_INCOME_EDEFAULT);
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
			case ModelPackage.POPULATION_FIGURES__AREA_POPULATION:
				return AREA_POPULATION_EDEFAULT == null ? areaPopulation != null : !AREA_POPULATION_EDEFAULT.equals(areaPopulation);
			case ModelPackage.POPULATION_FIGURES__CENSUS_POPULATION:
				return CENSUS_POPULATION_EDEFAULT == null ? censusPopulation != null : !CENSUS_POPULATION_EDEFAULT.equals(censusPopulation);
			case ModelPackage.POPULATION_FIGURES__CENSUS_YEAR:
				return CENSUS_YEAR_EDEFAULT == null ? censusYear != null : !CENSUS_YEAR_EDEFAULT.equals(censusYear);
			case ModelPackage.POPULATION_FIGURES__GROWTH_RATE:
				return GROWTH_RATE_EDEFAULT == null ? growthRate != null : !GROWTH_RATE_EDEFAULT.equals(growthRate);
			case ModelPackage.POPULATION_FIGURES__AREA_KM2:
				return AREA_KM2_EDEFAULT == null ? areaKm2 != null : !AREA_KM2_EDEFAULT.equals(areaKm2);
			case ModelPackage.POPULATION_FIGURES__TARGET_POPULATION:
				return TARGET_POPULATION_EDEFAULT == null ? targetPopulation != null : !TARGET_POPULATION_EDEFAULT.equals(targetPopulation);
			case ModelPackage.POPULATION_FIGURES__HOUSEHOLD_SIZE:
				return HOUSEHOLD_SIZE_EDEFAULT == null ? householdSize != null : !HOUSEHOLD_SIZE_EDEFAULT.equals(householdSize);
			case ModelPackage.POPULATION_FIGURES__AREA_INCOME:
				return AREA_INCOME_EDEFAULT == null ? areaIncome != null : !AREA_INCOME_EDEFAULT.equals(areaIncome);
			case ModelPackage.POPULATION_FIGURES__TARGET_INCOME:
				return TARGET_INCOME_EDEFAULT == null ? targetIncome != null : !TARGET_INCOME_EDEFAULT.equals(targetIncome);
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
		result.append(" (areaPopulation: "); //$NON-NLS-1$
		result.append(areaPopulation);
		result.append(", censusPopulation: "); //$NON-NLS-1$
		result.append(censusPopulation);
		result.append(", censusYear: "); //$NON-NLS-1$
		result.append(censusYear);
		result.append(", growthRate: "); //$NON-NLS-1$
		result.append(growthRate);
		result.append(", areaKm2: "); //$NON-NLS-1$
		result.append(areaKm2);
		result.append(", targetPopulation: "); //$NON-NLS-1$
		result.append(targetPopulation);
		result.append(", householdSize: "); //$NON-NLS-1$
		result.append(householdSize);
		result.append(", areaIncome: "); //$NON-NLS-1$
		result.append(areaIncome);
		result.append(", targetIncome: "); //$NON-NLS-1$
		result.append(targetIncome);
		result.append(')');
		return result.toString();
	}

} //PopulationFiguresImpl
