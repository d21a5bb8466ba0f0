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
 * A representation of the literals of the enumeration '<em><b>Budget Sheet</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Which of the two quarterly follow-up tables a line belongs to.
 * <!-- end-model-doc -->
 * @see org.hmis.eval.model.ModelPackage#getBudgetSheet()
 * @model
 * @generated
 */
public enum BudgetSheet implements Enumerator {
	/**
	 * The '<em><b>BUDGET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 12: budget against actual income and expenditure.
	 * <!-- end-model-doc -->
	 * @see #BUDGET_VALUE
	 * @generated
	 * @ordered
	 */
	BUDGET(0, "BUDGET", "budget"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CASH FLOW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 13: forecast against actual cash flow.
	 * <!-- end-model-doc -->
	 * @see #CASH_FLOW_VALUE
	 * @generated
	 * @ordered
	 */
	CASH_FLOW(1, "CASH_FLOW", "cash_flow"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BUDGET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 12: budget against actual income and expenditure.
	 * <!-- end-model-doc -->
	 * @see #BUDGET
	 * @model literal="budget"
	 * @generated
	 * @ordered
	 */
	public static final int BUDGET_VALUE = 0;

	/**
	 * The '<em><b>CASH FLOW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table 13: forecast against actual cash flow.
	 * <!-- end-model-doc -->
	 * @see #CASH_FLOW
	 * @model literal="cash_flow"
	 * @generated
	 * @ordered
	 */
	public static final int CASH_FLOW_VALUE = 1;

	/**
	 * An array of all the '<em><b>Budget Sheet</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BudgetSheet[] VALUES_ARRAY =
		new BudgetSheet[] {
			BUDGET,
			CASH_FLOW,
		};

	/**
	 * A public read-only list of all the '<em><b>Budget Sheet</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BudgetSheet> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Budget Sheet</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BudgetSheet get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BudgetSheet result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Budget Sheet</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BudgetSheet getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BudgetSheet result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Budget Sheet</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BudgetSheet get(int value) {
		switch (value) {
			case BUDGET_VALUE: return BUDGET;
			case CASH_FLOW_VALUE: return CASH_FLOW;
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
	private BudgetSheet(int value, String name, String literal) {
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
	
} //BudgetSheet
