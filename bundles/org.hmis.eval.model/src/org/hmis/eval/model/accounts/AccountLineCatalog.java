/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.accounts;

import static org.hmis.eval.model.accounts.AccountTable.BALANCE_SHEET;
import static org.hmis.eval.model.accounts.AccountTable.INCOME_STATEMENT;
import static org.hmis.eval.model.accounts.AccountTable.SUPPLEMENTARY;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hmis.eval.model.text.LocalizedText;

/**
 * The line references of Tables 1 and 2 and the rules that derive subtotals, as fixed by the
 * interchange specification (section 2), in the order the guide prints them.
 */
public final class AccountLineCatalog {

	private static final Map<String, AccountLineDefinition> LINES = new LinkedHashMap<>();

	static {
		entered(INCOME_STATEMENT, "A", "B");
		derived(INCOME_STATEMENT, "C", "A", "-B");
		entered(INCOME_STATEMENT, "D", "E", "f1", "f2");
		derived(INCOME_STATEMENT, "F", "f1", "f2");
		derived(INCOME_STATEMENT, "R", "C", "D", "E", "F");
		entered(INCOME_STATEMENT, "g1", "g2", "g3", "g4");
		derived(INCOME_STATEMENT, "G", "g1", "g2", "g3", "g4");
		entered(INCOME_STATEMENT, "h1", "h2", "h3", "h4", "h5", "h6");
		derived(INCOME_STATEMENT, "H", "h1", "h2", "h3", "h4", "h5", "h6");
		entered(INCOME_STATEMENT, "i1", "i2");
		derived(INCOME_STATEMENT, "I", "i1", "i2");
		derived(INCOME_STATEMENT, "J", "H", "I");
		entered(INCOME_STATEMENT, "k1", "k2");
		derived(INCOME_STATEMENT, "K", "k1", "k2");
		derived(INCOME_STATEMENT, "X", "G", "H", "I", "K");
		derived(INCOME_STATEMENT, "Y", "R", "-X");
		entered(INCOME_STATEMENT, "S");
		derived(INCOME_STATEMENT, "Z", "Y", "S");

		entered(BALANCE_SHEET, "1", "2", "3", "4", "5", "6");
		derived(BALANCE_SHEET, "7", "1", "2", "3", "4", "5", "6");
		entered(BALANCE_SHEET, "8", "9", "10", "11", "12", "13");
		derived(BALANCE_SHEET, "14", "8", "9", "10", "11", "12", "13");
		entered(BALANCE_SHEET, "16", "17", "18");
		derived(BALANCE_SHEET, "19", "14", "16", "17", "18");

		entered(SUPPLEMENTARY, "12.providers", "12.members", "training_expenses", "premiums_due", "premiums_received");
	}

	private AccountLineCatalog() {
	}

	private static void entered(AccountTable table, String... codes) {
		for (String code : codes) {
			LINES.put(code, new AccountLineDefinition(code, table, List.of()));
		}
	}

	private static void derived(AccountTable table, String code, String... terms) {
		LINES.put(code, new AccountLineDefinition(code, table, List.of(terms)));
	}

	/** @return the definition of a line, if the code is one of the guide's references */
	public static Optional<AccountLineDefinition> find(String code) {
		return Optional.ofNullable(LINES.get(code));
	}

	/**
	 * @return how inputs name the line: "Table 1, line G", or "line code" for a code the guide does
	 *         not reference
	 */
	public static LocalizedText reference(String code) {
		return find(code).map(AccountLineDefinition::referenceText).orElseGet(() -> References.TEXTS.text("line", code));
	}

	/** @return every known line, in the guide's order */
	public static Collection<AccountLineDefinition> all() {
		return Collections.unmodifiableCollection(LINES.values());
	}
}
