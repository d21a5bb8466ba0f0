/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the free-text intervals and frequencies of Table 22 ("once a year", "twice a year",
 * "quarterly", "every 2 years", "3 times a year", "une fois par an", "tous les deux ans",
 * "mensuelle", "never") as a number of times per year, so that the actual frequency can be
 * compared with the required one. A text it does not read is reported, never guessed.
 */
public final class Frequencies {

	private static final Map<String, BigDecimal> PER_UNIT = Map.of(
			"year", BigDecimal.ONE, "month", BigDecimal.valueOf(12), "week", BigDecimal.valueOf(52),
			"day", BigDecimal.valueOf(365));

	private static final Map<String, String> WORDS = Map.ofEntries(
			Map.entry("once", "1"), Map.entry("twice", "2"), Map.entry("thrice", "3"), Map.entry("one", "1"),
			Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
			Map.entry("six", "6"), Map.entry("twelve", "12"), Map.entry("un", "1"), Map.entry("une", "1"),
			Map.entry("deux", "2"), Map.entry("trois", "3"), Map.entry("quatre", "4"), Map.entry("cinq", "5"),
			Map.entry("douze", "12"),
			Map.entry("years", "year"), Map.entry("annee", "year"), Map.entry("annees", "year"), Map.entry("an", "year"),
			Map.entry("ans", "year"), Map.entry("months", "month"), Map.entry("mois", "month"),
			Map.entry("weeks", "week"), Map.entry("semaine", "week"), Map.entry("semaines", "week"),
			Map.entry("days", "day"), Map.entry("jour", "day"), Map.entry("jours", "day"));

	/** Words that name a frequency on their own. */
	private static final Map<String, String> NAMED = Map.ofEntries(
			Map.entry("never", "0"), Map.entry("jamais", "0"), Map.entry("none", "0"), Map.entry("aucune", "0"),
			Map.entry("annual", "1"), Map.entry("annually", "1"), Map.entry("yearly", "1"), Map.entry("annuel", "1"),
			Map.entry("annuelle", "1"), Map.entry("annuellement", "1"), Map.entry("every year", "1"),
			Map.entry("each year", "1"), Map.entry("chaque year", "1"),
			Map.entry("semiannual", "2"), Map.entry("semi annual", "2"), Map.entry("half yearly", "2"),
			Map.entry("biannual", "2"), Map.entry("semestriel", "2"), Map.entry("semestrielle", "2"),
			Map.entry("quarterly", "4"), Map.entry("trimestriel", "4"), Map.entry("trimestrielle", "4"),
			Map.entry("monthly", "12"), Map.entry("mensuel", "12"), Map.entry("mensuelle", "12"),
			Map.entry("every month", "12"), Map.entry("chaque month", "12"),
			Map.entry("weekly", "52"), Map.entry("hebdomadaire", "52"), Map.entry("biennial", "0.5"));

	/** "2 per year", "2 times a year", "1 fois par year", "2/year". */
	private static final Pattern TIMES = Pattern.compile("(\\d+(?:\\.\\d+)?) (?:times? |fois )?(?:per|a|an|each|every|par|/) ?(year|month|week|day)");
	/** "every 2 years", "tous les 2 year", "every year". */
	private static final Pattern EVERY = Pattern.compile("(?:every|tous les|toutes les|chaque) (\\d+(?:\\.\\d+)? )?(year|month|week|day)");

	private Frequencies() {
	}

	/** @return times per year, empty when the text is blank or not understood */
	public static Optional<BigDecimal> perYear(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String words = normalize(text);
		if (NAMED.containsKey(words)) {
			return Optional.of(new BigDecimal(NAMED.get(words)));
		}
		if (words.matches("\\d+(\\.\\d+)?")) {
			return Optional.of(new BigDecimal(words));
		}
		Matcher times = TIMES.matcher(words);
		if (times.matches()) {
			return Optional.of(new BigDecimal(times.group(1)).multiply(PER_UNIT.get(times.group(2))));
		}
		Matcher every = EVERY.matcher(words);
		if (every.matches()) {
			BigDecimal count = every.group(1) == null ? BigDecimal.ONE : new BigDecimal(every.group(1).strip());
			return count.signum() == 0 ? Optional.empty()
					: Optional.of(PER_UNIT.get(every.group(2)).divide(count, MathContext.DECIMAL64));
		}
		return Optional.empty();
	}

	/** Lower case, no accents, "/" kept apart, numbers in words as digits, units as their English singular. */
	private static String normalize(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT).replace("/", " / ").replaceAll("[^a-z0-9./ ]", " ").strip();
		StringBuilder out = new StringBuilder();
		for (String word : plain.split("\\s+")) {
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(WORDS.getOrDefault(word, word));
		}
		return out.toString();
	}
}
