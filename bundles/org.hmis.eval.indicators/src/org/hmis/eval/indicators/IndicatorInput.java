/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.math.BigDecimal;

import org.hmis.eval.model.accounts.SourcedValue;

/**
 * One input of a computed indicator.
 *
 * @param symbol the name the formula uses ("G", "C", "hidden costs")
 * @param value the value used
 * @param source where it was read: table and line, or the register it was derived from
 */
public record IndicatorInput(String symbol, BigDecimal value, String source) {

	/** @return the input named {@code symbol} carrying a sourced value */
	public static IndicatorInput of(String symbol, SourcedValue value) {
		return new IndicatorInput(symbol, value.amount(), value.source());
	}
}
