/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the reference of the installed packs (docs/compliance.md) from their catalogues, so that
 * the page cannot drift from the rules the product checks; a test compares it with the committed page.
 */
public final class ComplianceReference {

	private ComplianceReference() {
	}

	/** @return the page in Markdown, packs by identifier, English with the French titles beside */
	public static String markdown(List<RulePack> packs) {
		StringBuilder page = new StringBuilder();
		page.append("# Compliance rules\n\n");
		page.append("Generated from the catalogues of the installed rule packs (`rules.properties`, `rules_messages[_fr].properties`,\n");
		page.append("`rules-thresholds.csv` in each pack bundle) by `ComplianceReferenceTest`; do not edit by hand\n");
		page.append("(`./mvnw verify -Dhmis.updateDocs=true` rewrites it). How rules are written and checked: see the end of this page.\n");
		for (RulePack pack : packs.stream().sorted(Comparator.comparing(RulePack::id)).toList()) {
			pack(page, pack);
		}
		language(page);
		return page.toString();
	}

	private static void pack(StringBuilder page, RulePack pack) {
		page.append("\n## `").append(pack.id()).append("`: ").append(pack.title(Locale.ENGLISH)).append("\n\n");
		page.append("French: ").append(pack.title(Locale.FRENCH)).append(".\n\n");
		page.append("| rule | requires | test | importance | missing values | applies | legal reference |\n");
		page.append("| --- | --- | --- | --- | --- | --- | --- |\n");
		for (ComplianceRule rule : pack.rules()) {
			page.append("| `").append(rule.id()).append("` | ").append(cell(rule.title(Locale.ENGLISH))).append("<br>*")
					.append(cell(rule.title(Locale.FRENCH))).append("* | `").append(cell(rule.text())).append("` | ")
					.append(rule.importance().id()).append(" | ").append(rule.strategy().name().toLowerCase(Locale.ROOT))
					.append(" | ").append(cell(scope(rule.scope()))).append(" | ").append(cell(rule.reference().cite(Locale.ENGLISH)))
					.append(" |\n");
		}
		if (pack.thresholds().isEmpty()) {
			return;
		}
		page.append("\nThresholds (`threshold(name)`), with the value the pack ships:\n\n");
		page.append("| threshold | unit | what it limits | shipped value |\n| --- | --- | --- | --- |\n");
		for (ThresholdDefinition threshold : pack.thresholds()) {
			List<Thresholds.Entry> shipped = pack.defaultThresholds().entries().stream()
					.filter(e -> e.name().equals(threshold.name())).toList();
			String value = shipped.isEmpty() ? "none"
					: shipped.stream().map(e -> e.value().map(v -> v.toPlainString()).orElse("empty (not set)"))
							.collect(Collectors.joining(", "));
			page.append("| `").append(threshold.name()).append("` | ").append(cell(threshold.unit())).append(" | ")
					.append(cell(threshold.description(Locale.ENGLISH))).append(" | ").append(value).append(" |\n");
		}
	}

	private static String scope(Scope scope) {
		StringBuilder text = new StringBuilder();
		text.append(scope.countries().isEmpty() ? "every country"
				: scope.countries().stream().sorted().collect(Collectors.joining(", ")));
		if (!scope.kinds().isEmpty()) {
			text.append("; ").append(scope.kinds().stream().sorted().collect(Collectors.joining(", ")));
		}
		Optional<Integer> from = scope.fromYear();
		from.filter(year -> year > 0).ifPresent(year -> text.append("; from ").append(year));
		scope.toYear().ifPresent(year -> text.append("; to ").append(year));
		scope.when().ifPresent(when -> text.append("; when `").append(when).append('`'));
		return text.toString();
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

	private static void language(StringBuilder page) {
		page.append("\n## How a rule is written and checked\n\n");
		page.append("A rule is `left operator right` (`==`, `!=`, `>`, `>=`, `<`, `<=`), each side numbers, terms, `+ - * /` and brackets:\n\n");
		page.append("| term | value |\n| --- | --- |\n");
		page.append("| `F.5`, `MIN.10`, `OI`... | the indicator of that code for the year, from every installed family |\n");
		page.append("| `threshold(name)` | the value the parameter file gives for the scheme's country and the year; never taken as zero |\n");
		page.append("| `line(G)` | a line of Table 1 or 2 for the year (a subtotal from the lines beneath it) |\n");
		page.append("| `stage(4)` | Table 21: 1 when the stage is met, 0 when not |\n");
		page.append("| `actual(code)`, `required(code)` | Table 22: the actual frequency and the theoretical interval of an obligation, in times a year"
				+ " (once a year = 1, quarterly = 4, every 2 years = 0.5, never = 0; English or French; a text not understood makes the rule not evaluable) |\n");
		page.append("| `compliant(code)` | Table 22: 1 when the obligation is complied with, 0 when not |\n");
		page.append("| `members()` | the annual average number of members (Table 7) |\n\n");
		page.append("Outcome: **pass**, **fail**, or **not evaluable** with the reason (a figure missing, a threshold not set, an entry that\n");
		page.append("cannot be read, a division by zero, a scope that cannot be decided). Missing values: `skip_if_any_value_missing`\n");
		page.append("(the default) makes the rule not evaluable when any figure is missing; `skip_if_all_values_missing` only when all\n");
		page.append("are, the others counting as zero; `never_skip` counts a missing figure as zero. A rule outside its scope (another\n");
		page.append("country or year, a condition not met) is *not applicable* and listed apart; a scheme without a country makes a\n");
		page.append("country-bound rule not evaluable. A threshold is looked up by pack and name: the line of the scheme's country wins\n");
		page.append("over `*`, then the latest `from_year` not after the year; an authority's file (`hmis-eval check --thresholds FILE`,\n");
		page.append("header `").append(Thresholds.HEADER).append("`) replaces the pack's lines for every threshold it names.\n");
	}
}
