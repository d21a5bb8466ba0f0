/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.math.BigDecimal;
import java.util.Locale;

import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;

/**
 * One input of a computed indicator.
 *
 * @param symbol the name the formula uses ("G", "C", "hidden costs")
 * @param value the value used
 * @param provenance where it was read: table and line, or the register it was derived from; kept
 *        unrendered so that it can be shown in the reader's language
 */
public record IndicatorInput(String symbol, BigDecimal value, LocalizedText provenance) {

	/** An input whose source reads the same in every language. */
	public IndicatorInput(String symbol, BigDecimal value, String source) {
		this(symbol, value, LocalizedText.literal(source));
	}

	/** @return the input named {@code symbol} carrying a sourced value */
	public static IndicatorInput of(String symbol, SourcedValue value) {
		return new IndicatorInput(symbol, value.amount(), value.provenance());
	}

	/** @return where the input was read, in the results contract's wording (English) */
	public String source() {
		return provenance.text();
	}

	/** @return where the input was read, in the given language */
	public String source(Locale locale) {
		return provenance.text(locale);
	}
}
