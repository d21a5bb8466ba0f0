/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.views;

import java.util.Locale;
import java.util.stream.Collectors;

import org.hmis.eval.indicators.IndicatorInput;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.ValueFormat;
import org.hmis.eval.ui.Messages;

/** The texts the Indicators view shows for one result, in the workbench's language. */
final class IndicatorRowLabels {

	private IndicatorRowLabels() {
	}

	static Locale locale() {
		return Locale.getDefault();
	}

	static String title(IndicatorResult result) {
		return result.definition().title(locale());
	}

	static String value(IndicatorResult result) {
		return result.value().map(value -> ValueFormat.withUnit(value, result.definition().unit(), locale()))
				.orElse(Messages.IndicatorsView_notComputable);
	}

	static String inputs(IndicatorResult result) {
		return inputs(result, locale());
	}

	/** @return the inputs with their sources, or the reason there is no value, in {@code locale} */
	static String inputs(IndicatorResult result, Locale locale) {
		if (!result.isComputable()) {
			return result.reason().map(reason -> reason.message(locale)).orElse("");
		}
		return result.inputs().stream().map(input -> input(input, locale)).collect(Collectors.joining("; "));
	}

	private static String input(IndicatorInput input, Locale locale) {
		return input.symbol() + " = " + ValueFormat.number(input.value(), Unit.CURRENCY, locale) + " ("
				+ input.source(locale) + ")";
	}
}
