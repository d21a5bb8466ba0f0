/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.accounts.AccountLineCatalog;

/**
 * Reads {@code accounts.csv}: one row per year and line of Tables 1 and 2, using the guide's line
 * references. Amounts may be negative (a change in reserves can be), but must be numbers.
 */
public final class AccountsFile {

	public static final String NAME = "accounts.csv";

	private AccountsFile() {
	}

	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		CsvTable.read(folder, NAME, Set.of("year", "line", "amount"), Set.of(), problems)
				.ifPresent(table -> readRows(table, evaluation));
	}

	private static void readRows(CsvTable table, Evaluation evaluation) {
		Map<String, Integer> firstLineOf = new HashMap<>();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			Optional<String> code = row.requiredText("line");
			Optional<BigDecimal> amount = row.signedAmount("amount");
			if (code.isPresent() && AccountLineCatalog.find(code.get()).isEmpty()) {
				row.error("line", "unknown account line '" + code.get() + "'");
				continue;
			}
			if (year.isEmpty() || code.isEmpty() || amount.isEmpty()) {
				continue;
			}
			Integer first = firstLineOf.putIfAbsent(year.get() + "/" + code.get(), row.line());
			if (first != null) {
				row.error("duplicate line " + code.get() + " for " + year.get() + " (first given on line " + first + ")");
				continue;
			}
			AccountLine line = ModelFactory.eINSTANCE.createAccountLine();
			line.setCode(code.get());
			line.setAmount(amount.get());
			YearIndex.yearOf(evaluation, year.get()).getAccountLines().add(line);
		}
	}
}
