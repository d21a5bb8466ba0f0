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
 * A representation of the literals of the enumeration '<em><b>Membership Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a member came to join; Table 7 splits beneficiaries by it in this order (Z1, Z2, Z3).
 * <!-- end-model-doc -->
 * @see org.hmis.eval.model.ModelPackage#getMembershipType()
 * @model
 * @generated
 */
public enum MembershipType implements Enumerator {
	/**
	 * The '<em><b>VOLUNTARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member chose to join (Z1).
	 * <!-- end-model-doc -->
	 * @see #VOLUNTARY_VALUE
	 * @generated
	 * @ordered
	 */
	VOLUNTARY(0, "VOLUNTARY", "voluntary"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AUTOMATIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membership follows from belonging to a group, such as a cooperative or an association (Z2).
	 * <!-- end-model-doc -->
	 * @see #AUTOMATIC_VALUE
	 * @generated
	 * @ordered
	 */
	AUTOMATIC(1, "AUTOMATIC", "automatic"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMPULSORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membership is required, by an employer or by law (Z3).
	 * <!-- end-model-doc -->
	 * @see #COMPULSORY_VALUE
	 * @generated
	 * @ordered
	 */
	COMPULSORY(2, "COMPULSORY", "compulsory"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VOLUNTARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member chose to join (Z1).
	 * <!-- end-model-doc -->
	 * @see #VOLUNTARY
	 * @model literal="voluntary"
	 * @generated
	 * @ordered
	 */
	public static final int VOLUNTARY_VALUE = 0;

	/**
	 * The '<em><b>AUTOMATIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membership follows from belonging to a group, such as a cooperative or an association (Z2).
	 * <!-- end-model-doc -->
	 * @see #AUTOMATIC
	 * @model literal="automatic"
	 * @generated
	 * @ordered
	 */
	public static final int AUTOMATIC_VALUE = 1;

	/**
	 * The '<em><b>COMPULSORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Membership is required, by an employer or by law (Z3).
	 * <!-- end-model-doc -->
	 * @see #COMPULSORY
	 * @model literal="compulsory"
	 * @generated
	 * @ordered
	 */
	public static final int COMPULSORY_VALUE = 2;

	/**
	 * An array of all the '<em><b>Membership Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MembershipType[] VALUES_ARRAY =
		new MembershipType[] {
			VOLUNTARY,
			AUTOMATIC,
			COMPULSORY,
		};

	/**
	 * A public read-only list of all the '<em><b>Membership Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MembershipType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Membership Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MembershipType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MembershipType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Membership Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MembershipType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MembershipType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Membership Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MembershipType get(int value) {
		switch (value) {
			case VOLUNTARY_VALUE: return VOLUNTARY;
			case AUTOMATIC_VALUE: return AUTOMATIC;
			case COMPULSORY_VALUE: return COMPULSORY;
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
	private MembershipType(int value, String name, String literal) {
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
	
} //MembershipType
