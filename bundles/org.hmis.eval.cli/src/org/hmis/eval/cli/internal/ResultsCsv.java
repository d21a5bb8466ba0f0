/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.util.Locale;
import java.util.stream.Collectors;

import org.hmis.eval.indicators.IndicatorResult;

/** Writes results as CSV, one row per indicator, values unrounded. */
final class ResultsCsv {

	private ResultsCsv() {
	}

	static String of(ComputedEvaluation computed) {
		StringBuilder csv = new StringBuilder("scheme,year,code,family,title,computable,value,unit,formula,inputs,reason\n");
		for (IndicatorResult result : computed.results()) {
			csv.append(String.join(",", quote(computed.scheme()), String.valueOf(computed.year()),
					quote(result.code()), quote(result.definition().family()),
					quote(result.definition().title(Locale.ENGLISH)), String.valueOf(result.isComputable()),
					result.value().map(v -> v.toPlainString()).orElse(""), quote(result.definition().unit().symbol()),
					quote(result.definition().formula()), quote(inputs(result)),
					quote(result.reason().map(r -> r.message()).orElse("")))).append('\n');
		}
		return csv.toString();
	}

	static String inputs(IndicatorResult result) {
		return result.inputs().stream()
				.map(input -> input.symbol() + "=" + input.value().toPlainString() + " (" + input.source() + ")")
				.collect(Collectors.joining("; "));
	}

	static String quote(String text) {
		if (text == null) {
			return "";
		}
		boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0;
		return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}
}
