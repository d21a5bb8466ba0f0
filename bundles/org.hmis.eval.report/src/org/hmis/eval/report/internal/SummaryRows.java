/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.hmis.eval.indicators.IndicatorInput;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.ValueFormat;
import org.hmis.eval.report.SummaryContent;

/**
 * Turns indicator results into the rows the report design reads. Rows are plain string arrays:
 * BIRT's script layer converts maps into script objects, but leaves arrays indexable.
 */
public final class SummaryRows {

	private SummaryRows() {
	}

	/** @return one array per result: code, title, value, formula, inputs (or the reason) */
	public static List<String[]> of(SummaryContent content, Locale locale) {
		List<String[]> rows = new ArrayList<>();
		for (IndicatorResult result : content.results()) {
			rows.add(new String[] { result.code(), result.definition().title(locale),
					result.value().map(value -> ValueFormat.withUnit(value, result.definition().unit(), locale))
							.orElse("\u2013"),
					result.definition().formula(), inputsOrReason(result, locale) });
		}
		return rows;
	}

	/** @return the inputs with their sources, or the reason the indicator has no value */
	static String inputsOrReason(IndicatorResult result, Locale locale) {
		return result.isComputable() ? inputs(result, locale)
				: result.reason().map(reason -> reason.message(locale)).orElse("");
	}

	private static String inputs(IndicatorResult result, Locale locale) {
		return result.inputs().stream().map(input -> describe(input, locale)).collect(Collectors.joining("; "));
	}

	private static String describe(IndicatorInput input, Locale locale) {
		return input.symbol() + " = " + ValueFormat.number(input.value(), Unit.CURRENCY, locale)
				+ " (" + input.source(locale) + ")";
	}
}
