/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.hmis.eval.model.accounts.AccountLineCatalog;
import org.hmis.eval.model.accounts.AccountLineDefinition;
import org.hmis.eval.model.accounts.AccountTable;

/**
 * A row of the accounts editor: one line of Table 1, Table 2 or the supplementary lines.
 *
 * @param definition the line as the guide references it
 */
record AccountRow(AccountLineDefinition definition) {

	/** @return every line, Table 1 first, then Table 2, then the supplementary lines */
	static List<AccountRow> all() {
		List<AccountRow> rows = new ArrayList<>();
		for (AccountTable table : new AccountTable[] { AccountTable.INCOME_STATEMENT, AccountTable.BALANCE_SHEET,
				AccountTable.SUPPLEMENTARY }) {
			AccountLineCatalog.all().stream().filter(line -> line.table() == table)
					.forEach(line -> rows.add(new AccountRow(line)));
		}
		return rows;
	}

	String code() {
		return definition.code();
	}
}
