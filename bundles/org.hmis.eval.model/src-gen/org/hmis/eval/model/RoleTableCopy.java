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
 * A representation of the literals of the enumeration '<em><b>Role Table Copy</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Which of the two role tables a cell belongs to.
 * <!-- end-model-doc -->
 * @see org.hmis.eval.model.ModelPackage#getRoleTableCopy()
 * @model
 * @generated
 */
public enum RoleTableCopy implements Enumerator {
	/**
	 * The '<em><b>THEORETICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 19a: the roles the statutes and regulations assign.
	 * <!-- end-model-doc -->
	 * @see #THEORETICAL_VALUE
	 * @generated
	 * @ordered
	 */
	THEORETICAL(0, "THEORETICAL", "theoretical"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ACTUAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 19b: the roles as they are performed in practice.
	 * <!-- end-model-doc -->
	 * @see #ACTUAL_VALUE
	 * @generated
	 * @ordered
	 */
	ACTUAL(1, "ACTUAL", "actual"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>THEORETICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 19a: the roles the statutes and regulations assign.
	 * <!-- end-model-doc -->
	 * @see #THEORETICAL
	 * @model literal="theoretical"
	 * @generated
	 * @ordered
	 */
	public static final int THEORETICAL_VALUE = 0;

	/**
	 * The '<em><b>ACTUAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 19b: the roles as they are performed in practice.
	 * <!-- end-model-doc -->
	 * @see #ACTUAL
	 * @model literal="actual"
	 * @generated
	 * @ordered
	 */
	public static final int ACTUAL_VALUE = 1;

	/**
	 * An array of all the '<em><b>Role Table Copy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RoleTableCopy[] VALUES_ARRAY =
		new RoleTableCopy[] {
			THEORETICAL,
			ACTUAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Role Table Copy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RoleTableCopy> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Role Table Copy</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleTableCopy get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoleTableCopy result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role Table Copy</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleTableCopy getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoleTableCopy result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role Table Copy</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleTableCopy get(int value) {
		switch (value) {
			case THEORETICAL_VALUE: return THEORETICAL;
			case ACTUAL_VALUE: return ACTUAL;
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
	private RoleTableCopy(int value, String name, String literal) {
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
	
} //RoleTableCopy
