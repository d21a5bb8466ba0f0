/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Population Figures</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The figures of Table 5 for one year. Every figure is optional; indicators that need a missing one say so.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hmis.eval.model.PopulationFigures#getAreaPopulation <em>Area Population</em>}</li>
 *   <li>{@link org.hmis.eval.model.PopulationFigures#getCensusPopulation <em>Census Population</em>}</li>
 *   <li>{@link org.hmis.eval.model.PopulationFigures#getCensusYear <em>Census Year</em>}</li>
 *   <li>{@link org.hmis.eval.model.PopulationFigures#getGrowthRate <em>Growth Rate</em>}</li>
 *   <li>{@link org.hmis.eval.model.PopulationFigures#getAreaKm2 <em>Area Km2</em>}</li>
 *   <li>{@link org.hmis.eval.model.PopulationFigures#getTargetPopulation <em>Target Population</em>}</li>
 *   <li>{@link org.hmis.eval.model.PopulationFigures#getHouseholdSize <em>Household Size</em>}</li>
 *   <li>{@link org.hmis.eval.model.PopulationFigures#getAreaIncome <em>Area Income</em>}</li>
 *   <li>{@link org.hmis.eval.model.PopulationFigures#getTargetIncome <em>Target Income</em>}</li>
 * </ul>
 *
 * @see org.hmis.eval.model.ModelPackage#getPopulationFigures()
 * @model
 * @generated
 */
public interface PopulationFigures extends EObject {
	/**
	 * Returns the value of the '<em><b>Area Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of people living in the area of operations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area Population</em>' attribute.
	 * @see #setAreaPopulation(Long)
	 * @see org.hmis.eval.model.ModelPackage#getPopulationFigures_AreaPopulation()
	 * @model
	 * @generated
	 */
	Long getAreaPopulation();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.PopulationFigures#getAreaPopulation <em>Area Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area Population</em>' attribute.
	 * @see #getAreaPopulation()
	 * @generated
	 */
	void setAreaPopulation(Long value);

	/**
	 * Returns the value of the '<em><b>Census Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Population of the area at the last census, when the year's figure is projected from it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Census Population</em>' attribute.
	 * @see #setCensusPopulation(Long)
	 * @see org.hmis.eval.model.ModelPackage#getPopulationFigures_CensusPopulation()
	 * @model
	 * @generated
	 */
	Long getCensusPopulation();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.PopulationFigures#getCensusPopulation <em>Census Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Census Population</em>' attribute.
	 * @see #getCensusPopulation()
	 * @generated
	 */
	void setCensusPopulation(Long value);

	/**
	 * Returns the value of the '<em><b>Census Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Year of that census.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Census Year</em>' attribute.
	 * @see #setCensusYear(Integer)
	 * @see org.hmis.eval.model.ModelPackage#getPopulationFigures_CensusYear()
	 * @model
	 * @generated
	 */
	Integer getCensusYear();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.PopulationFigures#getCensusYear <em>Census Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Census Year</em>' attribute.
	 * @see #getCensusYear()
	 * @generated
	 */
	void setCensusYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Growth Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Annual population growth rate as a fraction (0.01 = 1 %).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Growth Rate</em>' attribute.
	 * @see #setGrowthRate(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getPopulationFigures_GrowthRate()
	 * @model
	 * @generated
	 */
	BigDecimal getGrowthRate();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.PopulationFigures#getGrowthRate <em>Growth Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Growth Rate</em>' attribute.
	 * @see #getGrowthRate()
	 * @generated
	 */
	void setGrowthRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Area Km2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Surface of the area of operations in square kilometres.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area Km2</em>' attribute.
	 * @see #setAreaKm2(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getPopulationFigures_AreaKm2()
	 * @model
	 * @generated
	 */
	BigDecimal getAreaKm2();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.PopulationFigures#getAreaKm2 <em>Area Km2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area Km2</em>' attribute.
	 * @see #getAreaKm2()
	 * @generated
	 */
	void setAreaKm2(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Target Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of people the scheme aims to cover.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Population</em>' attribute.
	 * @see #setTargetPopulation(Long)
	 * @see org.hmis.eval.model.ModelPackage#getPopulationFigures_TargetPopulation()
	 * @model
	 * @generated
	 */
	Long getTargetPopulation();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.PopulationFigures#getTargetPopulation <em>Target Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Population</em>' attribute.
	 * @see #getTargetPopulation()
	 * @generated
	 */
	void setTargetPopulation(Long value);

	/**
	 * Returns the value of the '<em><b>Household Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Average number of people per household in the area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Household Size</em>' attribute.
	 * @see #setHouseholdSize(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getPopulationFigures_HouseholdSize()
	 * @model
	 * @generated
	 */
	BigDecimal getHouseholdSize();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.PopulationFigures#getHouseholdSize <em>Household Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household Size</em>' attribute.
	 * @see #getHouseholdSize()
	 * @generated
	 */
	void setHouseholdSize(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Area Income</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Average income in the area of operations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area Income</em>' attribute.
	 * @see #setAreaIncome(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getPopulationFigures_AreaIncome()
	 * @model
	 * @generated
	 */
	BigDecimal getAreaIncome();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.PopulationFigures#getAreaIncome <em>Area Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area Income</em>' attribute.
	 * @see #getAreaIncome()
	 * @generated
	 */
	void setAreaIncome(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Target Income</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Average income of the target population.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Income</em>' attribute.
	 * @see #setTargetIncome(BigDecimal)
	 * @see org.hmis.eval.model.ModelPackage#getPopulationFigures_TargetIncome()
	 * @model
	 * @generated
	 */
	BigDecimal getTargetIncome();

	/**
	 * Sets the value of the '{@link org.hmis.eval.model.PopulationFigures#getTargetIncome <em>Target Income</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Income</em>' attribute.
	 * @see #getTargetIncome()
	 * @generated
	 */
	void setTargetIncome(BigDecimal value);

} // PopulationFigures
