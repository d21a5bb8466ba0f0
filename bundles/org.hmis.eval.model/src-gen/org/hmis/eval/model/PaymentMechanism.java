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
 * A representation of the literals of the enumeration '<em><b>Payment Mechanism</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How the scheme pays a provider for a service (Table 16).
 * <!-- end-model-doc -->
 * @see org.hmis.eval.model.ModelPackage#getPaymentMechanism()
 * @model
 * @generated
 */
public enum PaymentMechanism implements Enumerator {
	/**
	 * The '<em><b>FEE FOR SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each act or item is paid at its price.
	 * <!-- end-model-doc -->
	 * @see #FEE_FOR_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	FEE_FOR_SERVICE(0, "FEE_FOR_SERVICE", "fee_for_service"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PER CASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A flat amount per episode of care.
	 * <!-- end-model-doc -->
	 * @see #PER_CASE_VALUE
	 * @generated
	 * @ordered
	 */
	PER_CASE(1, "PER_CASE", "per_case"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PER DAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A flat amount per day of stay.
	 * <!-- end-model-doc -->
	 * @see #PER_DAY_VALUE
	 * @generated
	 * @ordered
	 */
	PER_DAY(2, "PER_DAY", "per_day"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CAPITATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A fixed amount per beneficiary and period, whatever the use.
	 * <!-- end-model-doc -->
	 * @see #CAPITATION_VALUE
	 * @generated
	 * @ordered
	 */
	CAPITATION(3, "CAPITATION", "capitation"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FEE FOR SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each act or item is paid at its price.
	 * <!-- end-model-doc -->
	 * @see #FEE_FOR_SERVICE
	 * @model literal="fee_for_service"
	 * @generated
	 * @ordered
	 */
	public static final int FEE_FOR_SERVICE_VALUE = 0;

	/**
	 * The '<em><b>PER CASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A flat amount per episode of care.
	 * <!-- end-model-doc -->
	 * @see #PER_CASE
	 * @model literal="per_case"
	 * @generated
	 * @ordered
	 */
	public static final int PER_CASE_VALUE = 1;

	/**
	 * The '<em><b>PER DAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A flat amount per day of stay.
	 * <!-- end-model-doc -->
	 * @see #PER_DAY
	 * @model literal="per_day"
	 * @generated
	 * @ordered
	 */
	public static final int PER_DAY_VALUE = 2;

	/**
	 * The '<em><b>CAPITATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A fixed amount per beneficiary and period, whatever the use.
	 * <!-- end-model-doc -->
	 * @see #CAPITATION
	 * @model literal="capitation"
	 * @generated
	 * @ordered
	 */
	public static final int CAPITATION_VALUE = 3;

	/**
	 * An array of all the '<em><b>Payment Mechanism</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PaymentMechanism[] VALUES_ARRAY =
		new PaymentMechanism[] {
			FEE_FOR_SERVICE,
			PER_CASE,
			PER_DAY,
			CAPITATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Payment Mechanism</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PaymentMechanism> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Payment Mechanism</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PaymentMechanism get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PaymentMechanism result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Payment Mechanism</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PaymentMechanism getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PaymentMechanism result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Payment Mechanism</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PaymentMechanism get(int value) {
		switch (value) {
			case FEE_FOR_SERVICE_VALUE: return FEE_FOR_SERVICE;
			case PER_CASE_VALUE: return PER_CASE;
			case PER_DAY_VALUE: return PER_DAY;
			case CAPITATION_VALUE: return CAPITATION;
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
	private PaymentMechanism(int value, String name, String literal) {
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
	
} //PaymentMechanism
