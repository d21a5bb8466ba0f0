/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.tests;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The entered lines of the guide's VIMO example (Tables 1 and 2, accounting year 2006), as the
 * guide prints them; derived lines are deliberately absent so that tests check the derivation.
 */
final class VimoAccounts {

	private VimoAccounts() {
	}

	static Map<String, BigDecimal> enteredLines() {
		Map<String, BigDecimal> lines = new LinkedHashMap<>();
		put(lines, "A", 1_300_000);
		put(lines, "B", 100_000);
		put(lines, "E", 5_000);
		put(lines, "g1", 850_000);
		put(lines, "g3", 50_000);
		put(lines, "h1", 50_000);
		put(lines, "h4", 50_000);
		put(lines, "h5", 65_000);
		put(lines, "i1", 200_000);
		put(lines, "S", 150_000);
		put(lines, "1", 490_000);
		put(lines, "2", 50_000);
		put(lines, "4", 250_000);
		put(lines, "9", 50_000);
		put(lines, "10", 100_000);
		put(lines, "12", 100_000);
		put(lines, "17", 150_000);
		put(lines, "18", 390_000);
		return lines;
	}

	private static void put(Map<String, BigDecimal> lines, String code, long amount) {
		lines.put(code, BigDecimal.valueOf(amount));
	}
}
