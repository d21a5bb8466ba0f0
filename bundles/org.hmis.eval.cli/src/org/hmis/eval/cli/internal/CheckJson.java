/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import org.hmis.eval.compliance.ComplianceRule;
import org.hmis.eval.compliance.Countries;
import org.hmis.eval.compliance.Operand;
import org.hmis.eval.compliance.Outcome;
import org.hmis.eval.compliance.PackResult;
import org.hmis.eval.compliance.RuleResult;
import org.hmis.eval.model.text.LocalizedText;

/**
 * Writes the findings of {@code hmis-eval check} as JSON (documented in the README): per pack its
 * counts, then per rule the outcome, the value of each side, every figure read with its source (or
 * why it is missing), the legal reference, and the reason when not evaluable. Texts are English,
 * with their French beside them ({@code title_fr}, {@code reason_fr}); values are unrounded.
 */
final class CheckJson {

	private CheckJson() {
	}

	static String of(CheckCommand.CheckedEvaluation checked) {
		JsonWriter json = new JsonWriter().beginObject();
		json.name("scheme").value(checked.scheme());
		json.name("year").value(checked.year());
		String country = checked.evaluation().getScheme() == null ? null : checked.evaluation().getScheme().getCountry();
		json.name("country").value(Countries.code(country).orElse(null));
		summary(json, checked.count(Outcome.PASS), checked.count(Outcome.FAIL), checked.count(Outcome.NOT_EVALUABLE),
				checked.packs().stream().mapToLong(p -> p.notApplicable().size()).sum());
		json.name("packs").beginArray();
		for (PackResult pack : checked.packs()) {
			pack(json, pack);
		}
		json.endArray();
		return json.endObject().toString() + "\n";
	}

	private static void pack(JsonWriter json, PackResult pack) {
		json.beginObject();
		json.name("id").value(pack.pack().id());
		json.name("title").value(pack.pack().title(Locale.ENGLISH));
		json.name("title_fr").value(pack.pack().title(Locale.FRENCH));
		summary(json, pack.count(Outcome.PASS), pack.count(Outcome.FAIL), pack.count(Outcome.NOT_EVALUABLE),
				pack.notApplicable().size());
		json.name("rules").beginArray();
		for (RuleResult result : pack.results()) {
			rule(json, result);
		}
		json.endArray();
		json.name("not_applicable").beginInlineArray();
		for (ComplianceRule rule : pack.notApplicable()) {
			json.value(rule.id());
		}
		json.endArray();
		json.endObject();
	}

	private static void rule(JsonWriter json, RuleResult result) {
		ComplianceRule rule = result.rule();
		json.beginObject();
		json.name("id").value(rule.id());
		json.name("title").value(rule.title(Locale.ENGLISH));
		json.name("title_fr").value(rule.title(Locale.FRENCH));
		json.name("importance").value(rule.importance().id());
		json.name("outcome").value(result.outcome().id());
		result.reason().ifPresent(reason -> texts(json, "reason", reason));
		json.name("rule").value(rule.text());
		side(json, "left", rule.leftText(), result.left());
		json.name("operator").value(rule.test().operator().symbol());
		side(json, "right", rule.rightText(), result.right());
		json.name("values").beginArray();
		for (Operand operand : result.operands()) {
			operand(json, operand);
		}
		json.endArray();
		json.name("legal_reference").beginObject();
		json.name("text").value(rule.reference().text().text(Locale.ENGLISH));
		json.name("text_fr").value(rule.reference().text().text(Locale.FRENCH));
		json.name("article").value(rule.reference().article().orElse(null));
		json.endObject();
		json.name("missing_value_strategy").value(rule.strategy().name().toLowerCase(Locale.ROOT));
		json.endObject();
	}

	private static void side(JsonWriter json, String name, String expression, Optional<BigDecimal> value) {
		json.name(name).beginObject();
		json.name("expression").value(expression);
		json.name("value").decimal(value.orElse(null));
		json.endObject();
	}

	private static void operand(JsonWriter json, Operand operand) {
		json.beginObject();
		json.name("term").value(operand.term().toString());
		json.name("value").decimal(operand.value().orElse(null));
		operand.source().ifPresent(source -> json.name("source").value(source.text(LocalizedText.CONTRACT)));
		operand.reason().ifPresent(reason -> texts(json, "reason", reason));
		json.endObject();
	}

	private static void texts(JsonWriter json, String name, LocalizedText text) {
		json.name(name).value(text.text(LocalizedText.CONTRACT));
		json.name(name + "_fr").value(text.text(Locale.FRENCH));
	}

	private static void summary(JsonWriter json, long pass, long fail, long notEvaluable, long notApplicable) {
		json.name("summary").beginObject();
		json.name("pass").value(pass);
		json.name("fail").value(fail);
		json.name("not_evaluable").value(notEvaluable);
		json.name("not_applicable").value(notApplicable);
		json.endObject();
	}
}
