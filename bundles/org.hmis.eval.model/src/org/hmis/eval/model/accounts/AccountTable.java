/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.accounts;

/** The two accounting tables of the guide that carry line references. */
public enum AccountTable {
	/** Table 1: simplified income statement, lines referenced by letters (A, g1, X...). */
	INCOME_STATEMENT(1),
	/** Table 2: simplified balance sheet, lines referenced by numbers (1 ... 19). */
	BALANCE_SHEET(2),
	/** Lines the interchange format adds to the guide's tables (split of line 12, training). */
	SUPPLEMENTARY(0);

	private final int guideTableNumber;

	AccountTable(int guideTableNumber) {
		this.guideTableNumber = guideTableNumber;
	}

	/** @return the table number in the guide, or 0 for supplementary lines */
	public int guideTableNumber() {
		return guideTableNumber;
	}
}
