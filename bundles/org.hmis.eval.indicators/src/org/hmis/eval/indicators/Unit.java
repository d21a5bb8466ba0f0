/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.util.Arrays;

/** The units an indicator value can carry, spelled as the results contract spells them. */
public enum Unit {
	PERCENT("%"), RATIO("ratio"), DAYS("days"), MONTHS("months"), SCORE("score"), CURRENCY("currency");

	private final String symbol;

	Unit(String symbol) {
		this.symbol = symbol;
	}

	/** @return the unit as written in results ("%", "ratio", "days"...) */
	public String symbol() {
		return symbol;
	}

	/** @return the unit whose symbol is given */
	public static Unit ofSymbol(String symbol) {
		return Arrays.stream(values()).filter(unit -> unit.symbol.equals(symbol)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown unit: " + symbol));
	}
}
