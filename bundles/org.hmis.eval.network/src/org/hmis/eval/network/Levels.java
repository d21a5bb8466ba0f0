/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.model.text.TextBundle;

/**
 * The levels of a network. The four of national strategies such as Mali's (a mutual per commune,
 * unions per health district, federations per region, a national body) are listed in
 * {@code levels.properties} with their names in English and French; a country adds its own simply
 * by using another code in {@code network.csv}, shown as written. Only mutuals carry evaluations:
 * every other level is consolidated from the mutuals beneath it.
 */
public final class Levels {

	/** The level whose organizations carry their own evaluation. */
	public static final String MUTUAL = "mutual";

	private static final TextBundle TEXTS = TextBundle.of(Levels.class, "org.hmis.eval.network.levels");

	private Levels() {
	}

	/** @return the levels the product knows, from the bottom of a network to its top */
	public static List<String> known() {
		return Arrays.stream(TEXTS.text("levels").text().split(",")).map(String::trim).toList();
	}

	/** @return the name of a level in a language; a country's own level is shown as written */
	public static String label(String level, Locale locale) {
		if (!known().contains(level)) {
			return level;
		}
		return label(level).text(locale);
	}

	private static LocalizedText label(String level) {
		return TEXTS.text("level." + level);
	}
}
