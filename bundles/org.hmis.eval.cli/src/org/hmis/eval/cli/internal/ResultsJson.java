/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.util.Locale;

import org.hmis.eval.indicators.BreakdownEntry;
import org.hmis.eval.indicators.IndicatorInput;
import org.hmis.eval.indicators.IndicatorResult;

/**
 * Writes results in the JSON contract of the interchange specification (section 4). Besides the
 * contract's members each indicator carries {@code sources} (table and line of every input) and,
 * when the guide gives one, a {@code reading}.
 */
final class ResultsJson {

	private ResultsJson() {
	}

	static String of(ComputedEvaluation computed) {
		JsonWriter json = new JsonWriter().beginObject();
		json.name("scheme").value(computed.scheme());
		json.name("year").value(computed.year());
		json.name("currency").value(computed.currency());
		json.name("indicators").beginArray();
		for (IndicatorResult result : computed.results()) {
			indicator(json, result);
		}
		json.endArray();
		json.name("tables");
		TablesJson.write(json, computed.sheets());
		return json.endObject().toString() + "\n";
	}

	private static void indicator(JsonWriter json, IndicatorResult result) {
		json.beginObject();
		indicatorMembers(json, result);
		json.endObject();
	}

	/** Writes the members of one indicator's object, so that {@code consolidate} can add its own. */
	static void indicatorMembers(JsonWriter json, IndicatorResult result) {
		json.name("code").value(result.code());
		json.name("family").value(result.definition().family());
		json.name("title").value(result.definition().title(Locale.ENGLISH));
		json.name("computable").value(result.isComputable());
		result.value().ifPresent(value -> json.name("value").value(value.doubleValue()));
		json.name("unit").value(result.definition().unit().symbol());
		json.name("formula").value(result.definition().formula());
		result.reason().ifPresent(reason -> json.name("reason").value(reason.message()));
		json.name("inputs").beginObject();
		for (IndicatorInput input : result.inputs()) {
			json.name(input.symbol()).value(input.value());
		}
		json.endObject();
		json.name("sources").beginObject();
		for (IndicatorInput input : result.inputs()) {
			json.name(input.symbol()).value(input.source());
		}
		json.endObject();
		result.definition().reading(Locale.ENGLISH).ifPresent(reading -> json.name("reading").value(reading));
		if (!result.breakdown().isEmpty()) {
			json.name("breakdown").beginArray();
			for (BreakdownEntry entry : result.breakdown()) {
				json.beginObject().name("key").value(entry.key());
				json.name("value").value(entry.value().orElse(null));
				json.endObject();
			}
			json.endArray();
		}
	}
}
