/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.hmis.eval.indicators.IndicatorInput;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.ValueFormat;
import org.hmis.eval.report.SummaryContent;

/**
 * Turns indicator results into the rows the report design reads. Rows hold only JDK types so
 * that the design's script can read them whatever class loader BIRT gives it.
 */
public final class SummaryRows {

	private SummaryRows() {
	}

	public static List<Map<String, Object>> of(SummaryContent content, Locale locale) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (IndicatorResult result : content.results()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("code", result.code());
			row.put("title", result.definition().title(locale));
			row.put("value", result.value()
					.map(value -> ValueFormat.withUnit(value, result.definition().unit(), locale)).orElse("\u2013"));
			row.put("formula", result.definition().formula());
			row.put("inputs", result.isComputable() ? inputs(result, locale)
					: result.reason().map(reason -> reason.message(locale)).orElse(""));
			rows.add(row);
		}
		return rows;
	}

	private static String inputs(IndicatorResult result, Locale locale) {
		return result.inputs().stream().map(input -> describe(input, locale)).collect(Collectors.joining("; "));
	}

	private static String describe(IndicatorInput input, Locale locale) {
		return input.symbol() + " = " + ValueFormat.number(input.value(), org.hmis.eval.indicators.Unit.CURRENCY, locale)
				+ " (" + input.source() + ")";
	}
}
