/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the scheme's country as people write it ("Mali", "Côte d'Ivoire", "Sénégal", "ML") into
 * its ISO 3166 alpha-2 code, with the names the Java runtime knows in English and French, so that
 * no list of countries has to be kept here.
 */
public final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());
	private static final Map<String, String> BY_NAME = names();

	private Countries() {
	}

	public static boolean isCode(String code) {
		return CODES.contains(code);
	}

	/** @return the ISO code of a country name or code, empty when blank or not recognized */
	public static Optional<String> code(String country) {
		if (country == null || country.isBlank()) {
			return Optional.empty();
		}
		String upper = country.strip().toUpperCase(Locale.ROOT);
		if (CODES.contains(upper)) {
			return Optional.of(upper);
		}
		return Optional.ofNullable(BY_NAME.get(normalize(country)));
	}

	private static Map<String, String> names() {
		Map<String, String> names = new HashMap<>();
		for (String code : CODES) {
			Locale country = Locale.of("", code);
			for (Locale language : new Locale[] { Locale.ENGLISH, Locale.FRENCH }) {
				names.put(normalize(country.getDisplayCountry(language)), code);
			}
			names.put(normalize(country.getISO3Country()), code);
		}
		return Map.copyOf(names);
	}

	/** Lower case, no accents, letters only: "Côte d’Ivoire" and "cote d'ivoire" meet. */
	private static String normalize(String name) {
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}
}
