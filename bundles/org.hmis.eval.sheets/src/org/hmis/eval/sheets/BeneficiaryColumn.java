/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets;

/** The columns of Table 7, named as the guide and the interchange format name them. */
public enum BeneficiaryColumn {
	/** New or re-enrolled members during the month. */
	X1,
	/** Members who left during the month. */
	X2,
	/** Members covered at the end of the month: X_j = X_(j-1) + X1_j - X2_j. */
	X,
	/** New beneficiaries during the month. */
	Y1,
	/** Beneficiaries who left during the month. */
	Y2,
	/** Beneficiaries entitled at the end of the month. */
	Y,
	/** Beneficiaries under voluntary membership. */
	Z1,
	/** Beneficiaries under automatic membership (the guide's Table 7 order: voluntary, automatic, compulsory). */
	Z2,
	/** Beneficiaries under compulsory membership. */
	Z3,
	/** Entitled beneficiaries who are dependants of a member. */
	DEPENDENTS;

	/** @return the column's name in interchange files and JSON ("X1", "dependents") */
	public String key() {
		return this == DEPENDENTS ? "dependents" : name();
	}
}
