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
 * A representation of the literals of the enumeration '<em><b>Payment System</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How care providers are paid for services given to members.
 * <!-- end-model-doc -->
 * @see org.hmis.eval.model.ModelPackage#getPaymentSystem()
 * @model
 * @generated
 */
public enum PaymentSystem implements Enumerator {
	/**
	 * The '<em><b>THIRD PARTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scheme pays the provider directly; the member pays at most a co-payment.
	 * <!-- end-model-doc -->
	 * @see #THIRD_PARTY_VALUE
	 * @generated
	 * @ordered
	 */
	THIRD_PARTY(0, "THIRD_PARTY", "third_party"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REIMBURSEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member pays the provider and is then paid back by the scheme.
	 * <!-- end-model-doc -->
	 * @see #REIMBURSEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	REIMBURSEMENT(1, "REIMBURSEMENT", "reimbursement"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MIXED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Both arrangements are used, depending on the provider or the service.
	 * <!-- end-model-doc -->
	 * @see #MIXED_VALUE
	 * @generated
	 * @ordered
	 */
	MIXED(2, "MIXED", "mixed"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>THIRD PARTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scheme pays the provider directly; the member pays at most a co-payment.
	 * <!-- end-model-doc -->
	 * @see #THIRD_PARTY
	 * @model literal="third_party"
	 * @generated
	 * @ordered
	 */
	public static final int THIRD_PARTY_VALUE = 0;

	/**
	 * The '<em><b>REIMBURSEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member pays the provider and is then paid back by the scheme.
	 * <!-- end-model-doc -->
	 * @see #REIMBURSEMENT
	 * @model literal="reimbursement"
	 * @generated
	 * @ordered
	 */
	public static final int REIMBURSEMENT_VALUE = 1;

	/**
	 * The '<em><b>MIXED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Both arrangements are used, depending on the provider or the service.
	 * <!-- end-model-doc -->
	 * @see #MIXED
	 * @model literal="mixed"
	 * @generated
	 * @ordered
	 */
	public static final int MIXED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Payment System</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PaymentSystem[] VALUES_ARRAY =
		new PaymentSystem[] {
			THIRD_PARTY,
			REIMBURSEMENT,
			MIXED,
		};

	/**
	 * A public read-only list of all the '<em><b>Payment System</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PaymentSystem> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Payment System</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PaymentSystem get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PaymentSystem result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Payment System</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PaymentSystem getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PaymentSystem result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Payment System</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PaymentSystem get(int value) {
		switch (value) {
			case THIRD_PARTY_VALUE: return THIRD_PARTY;
			case REIMBURSEMENT_VALUE: return REIMBURSEMENT;
			case MIXED_VALUE: return MIXED;
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
	private PaymentSystem(int value, String name, String literal) {
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
	
} //PaymentSystem
