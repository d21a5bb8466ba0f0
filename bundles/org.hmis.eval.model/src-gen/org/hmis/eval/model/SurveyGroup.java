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
 * A representation of the literals of the enumeration '<em><b>Survey Group</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whether a surveyed person is covered by the scheme.
 * <!-- end-model-doc -->
 * @see org.hmis.eval.model.ModelPackage#getSurveyGroup()
 * @model
 * @generated
 */
public enum SurveyGroup implements Enumerator {
	/**
	 * The '<em><b>BENEFICIARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A beneficiary of the scheme.
	 * <!-- end-model-doc -->
	 * @see #BENEFICIARY_VALUE
	 * @generated
	 * @ordered
	 */
	BENEFICIARY(0, "BENEFICIARY", "beneficiary"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NON BENEFICIARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A person the scheme does not cover.
	 * <!-- end-model-doc -->
	 * @see #NON_BENEFICIARY_VALUE
	 * @generated
	 * @ordered
	 */
	NON_BENEFICIARY(1, "NON_BENEFICIARY", "non_beneficiary"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BENEFICIARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A beneficiary of the scheme.
	 * <!-- end-model-doc -->
	 * @see #BENEFICIARY
	 * @model literal="beneficiary"
	 * @generated
	 * @ordered
	 */
	public static final int BENEFICIARY_VALUE = 0;

	/**
	 * The '<em><b>NON BENEFICIARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A person the scheme does not cover.
	 * <!-- end-model-doc -->
	 * @see #NON_BENEFICIARY
	 * @model literal="non_beneficiary"
	 * @generated
	 * @ordered
	 */
	public static final int NON_BENEFICIARY_VALUE = 1;

	/**
	 * An array of all the '<em><b>Survey Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SurveyGroup[] VALUES_ARRAY =
		new SurveyGroup[] {
			BENEFICIARY,
			NON_BENEFICIARY,
		};

	/**
	 * A public read-only list of all the '<em><b>Survey Group</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SurveyGroup> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Survey Group</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurveyGroup get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SurveyGroup result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Survey Group</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurveyGroup getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SurveyGroup result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Survey Group</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurveyGroup get(int value) {
		switch (value) {
			case BENEFICIARY_VALUE: return BENEFICIARY;
			case NON_BENEFICIARY_VALUE: return NON_BENEFICIARY;
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
	private SurveyGroup(int value, String name, String literal) {
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
	
} //SurveyGroup
