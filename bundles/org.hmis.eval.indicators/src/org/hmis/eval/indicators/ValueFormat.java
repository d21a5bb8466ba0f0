/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Rounds values for display only, the way the guide prints them: percentages, days and months
 * with one decimal, ratios with two, amounts of money without decimals. Stored and exported values
 * stay unrounded.
 */
public final class ValueFormat {

	private ValueFormat() {
	}

	/** @return the number rounded and localized, without unit */
	public static String number(BigDecimal value, Unit unit, Locale locale) {
		int decimals = switch (unit) {
		case RATIO, SCORE -> 2;
		case CURRENCY -> 0;
		case PERCENT, DAYS, MONTHS -> 1;
		};
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

	/** @return the number with its unit, e.g. "75.0 %" or "4.90" (ratios carry no symbol) */
	public static String withUnit(BigDecimal value, Unit unit, Locale locale) {
		String number = number(value, unit, locale);
		return switch (unit) {
		case PERCENT -> number + " %";
		case DAYS, MONTHS -> number + " " + unit.symbol();
		case RATIO, SCORE, CURRENCY -> number;
		};
	}
}
