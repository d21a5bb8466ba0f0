/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.accounts;

import java.util.List;

import org.hmis.eval.model.text.LocalizedText;

/**
 * One line of Table 1 or Table 2 as the guide references it.
 *
 * @param code the guide's reference ("A", "g3", "12", "12.providers")
 * @param table the table that holds the line
 * @param terms for a derived line, the lines it sums, each prefixed with '-' when subtracted;
 *        empty for a line that is entered
 */
public record AccountLineDefinition(String code, AccountTable table, List<String> terms) {

	public AccountLineDefinition {
		terms = List.copyOf(terms);
	}

	/** @return true when the line is computed from other lines rather than entered */
	public boolean isDerived() {
		return !terms.isEmpty();
	}

	/** @return the rule written the way the guide prints it, e.g. "C = A - B" */
	public String rule() {
		if (!isDerived()) {
			return code;
		}
		StringBuilder rule = new StringBuilder(code).append(" = ");
		for (int i = 0; i < terms.size(); i++) {
			String term = terms.get(i);
			boolean minus = term.startsWith("-");
			if (i > 0) {
				rule.append(minus ? " - " : " + ");
			} else if (minus) {
				rule.append("-");
			}
			rule.append(minus ? term.substring(1) : term);
		}
		return rule.toString();
	}

	/** @return "Table 1, line C" or "line 12.providers" for supplementary lines */
	public String reference() {
		return referenceText().text();
	}

	/** @return the reference in any language ("Tableau 1, ligne C") */
	public LocalizedText referenceText() {
		return table.guideTableNumber() == 0 ? References.TEXTS.text("line", code)
				: References.TEXTS.text("tableLine", code, table.guideTableNumber());
	}
}
