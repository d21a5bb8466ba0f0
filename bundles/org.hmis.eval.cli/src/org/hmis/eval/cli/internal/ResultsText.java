/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.util.Locale;

import org.hmis.eval.indicators.IndicatorInput;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.ValueFormat;

/** Writes results for a person at a terminal: rounded values, formula and inputs. */
final class ResultsText {

	private ResultsText() {
	}

	static String of(ComputedEvaluation computed) {
		Locale locale = Locale.ENGLISH;
		StringBuilder text = new StringBuilder();
		text.append(computed.scheme()).append(", ").append(computed.year());
		if (computed.currency() != null) {
			text.append(" (").append(computed.currency()).append(')');
		}
		text.append('\n');
		for (IndicatorResult result : computed.results()) {
			text.append(String.format(locale, "%-7s %-40s ", result.code(), result.definition().title(locale)));
			if (result.isComputable()) {
				text.append(ValueFormat.withUnit(result.value().get(), result.definition().unit(), locale));
				text.append("   ").append(result.definition().formula()).append(":");
				for (IndicatorInput input : result.inputs()) {
					text.append(' ').append(input.symbol()).append('=').append(input.value().toPlainString());
				}
			} else {
				text.append("not computable (").append(result.reason().get().message(locale)).append(')');
			}
			text.append('\n');
		}
		return text.toString();
	}
}
