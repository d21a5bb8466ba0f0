/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

/** The four registers of a scheme, in the order they refer to each other. */
public enum Register {
	/** Membership contracts, one per member and period of cover. */
	CONTRACTS,
	/** People covered: members and dependants; each names a member holding a contract. */
	BENEFICIARIES,
	/** Premium payments; each names a contract by its member and start date. */
	PAYMENTS,
	/** Claims for care; each names a beneficiary. */
	CLAIMS
}
