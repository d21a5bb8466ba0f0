/**
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Survey Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a survey case measures.
 * <!-- end-model-doc -->
 * @see org.hmis.eval.model.ModelPackage#getSurveyKind()
 * @model
 * @generated
 */
public enum SurveyKind implements Enumerator {
	/**
	 * The '<em><b>LATENT PERIOD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days from the onset of illness to care (E.3).
	 * <!-- end-model-doc -->
	 * @see #LATENT_PERIOD_VALUE
	 * @generated
	 * @ordered
	 */
	LATENT_PERIOD(0, "LATENT_PERIOD", "latent_period"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LENGTH OF STAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days from admission to discharge (E.4).
	 * <!-- end-model-doc -->
	 * @see #LENGTH_OF_STAY_VALUE
	 * @generated
	 * @ordered
	 */
	LENGTH_OF_STAY(1, "LENGTH_OF_STAY", "length_of_stay"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HOSPITAL COST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost of a hospital stay (E.5).
	 * <!-- end-model-doc -->
	 * @see #HOSPITAL_COST_VALUE
	 * @generated
	 * @ordered
	 */
	HOSPITAL_COST(2, "HOSPITAL_COST", "hospital_cost"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LATENT PERIOD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days from the onset of illness to care (E.3).
	 * <!-- end-model-doc -->
	 * @see #LATENT_PERIOD
	 * @model literal="latent_period"
	 * @generated
	 * @ordered
	 */
	public static final int LATENT_PERIOD_VALUE = 0;

	/**
	 * The '<em><b>LENGTH OF STAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days from admission to discharge (E.4).
	 * <!-- end-model-doc -->
	 * @see #LENGTH_OF_STAY
	 * @model literal="length_of_stay"
	 * @generated
	 * @ordered
	 */
	public static final int LENGTH_OF_STAY_VALUE = 1;

	/**
	 * The '<em><b>HOSPITAL COST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost of a hospital stay (E.5).
	 * <!-- end-model-doc -->
	 * @see #HOSPITAL_COST
	 * @model literal="hospital_cost"
	 * @generated
	 * @ordered
	 */
	public static final int HOSPITAL_COST_VALUE = 2;

	/**
	 * An array of all the '<em><b>Survey Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SurveyKind[] VALUES_ARRAY =
		new SurveyKind[] {
			LATENT_PERIOD,
			LENGTH_OF_STAY,
			HOSPITAL_COST,
		};

	/**
	 * A public read-only list of all the '<em><b>Survey Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SurveyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Survey Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurveyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SurveyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Survey Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurveyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SurveyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Survey Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurveyKind get(int value) {
		switch (value) {
			case LATENT_PERIOD_VALUE: return LATENT_PERIOD;
			case LENGTH_OF_STAY_VALUE: return LENGTH_OF_STAY;
			case HOSPITAL_COST_VALUE: return HOSPITAL_COST;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private SurveyKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //SurveyKind
