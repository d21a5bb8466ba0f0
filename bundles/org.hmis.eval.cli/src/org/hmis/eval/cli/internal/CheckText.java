/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.hmis.eval.compliance.ComplianceRule;
import org.hmis.eval.compliance.Outcome;
import org.hmis.eval.compliance.PackResult;
import org.hmis.eval.compliance.RuleResult;
import org.hmis.eval.model.text.LocalizedText;

/** Writes the findings of {@code hmis-eval check} for a person at a terminal, pack by pack. */
final class CheckText {

	private static final Locale LOCALE = Locale.ENGLISH;

	private CheckText() {
	}

	static String of(CheckCommand.CheckedEvaluation checked) {
		StringBuilder text = new StringBuilder();
		text.append(checked.scheme()).append(", ").append(checked.year()).append('\n');
		for (PackResult pack : checked.packs()) {
			text.append('\n').append(pack.pack().id()).append(": ").append(pack.pack().title(LOCALE)).append('\n');
			text.append(String.format(LOCALE, "  %d pass, %d fail, %d not evaluable, %d not applicable%n",
					pack.count(Outcome.PASS), pack.count(Outcome.FAIL), pack.count(Outcome.NOT_EVALUABLE),
					pack.notApplicable().size()));
			for (RuleResult result : pack.results()) {
				rule(text, result);
			}
			for (ComplianceRule rule : pack.notApplicable()) {
				text.append(String.format(LOCALE, "  %-14s %-6s %-13s %s%n", "not applicable", "", rule.id(), rule.title(LOCALE)));
			}
		}
		return text.toString();
	}

	private static void rule(StringBuilder text, RuleResult result) {
		ComplianceRule rule = result.rule();
		text.append(String.format(LOCALE, "  %-14s %-6s %-13s %s%n", result.outcome().label(LOCALE),
				rule.importance().id(), rule.id(), rule.title(LOCALE)));
		text.append("      ").append(rule.text());
		if (result.left().isPresent() && result.right().isPresent()) {
			text.append(": ").append(shown(result.left().get())).append(' ').append(rule.test().operator().symbol())
					.append(' ').append(shown(result.right().get()));
		}
		text.append('\n');
		result.reason().ifPresent(reason -> text.append("      ").append(reason.text(LocalizedText.CONTRACT)).append('\n'));
		text.append("      ").append(rule.reference().cite(LOCALE)).append('\n');
	}

	/** Four decimals at most, for reading; the JSON keeps the exact value. */
	private static String shown(BigDecimal value) {
		return value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}
}
