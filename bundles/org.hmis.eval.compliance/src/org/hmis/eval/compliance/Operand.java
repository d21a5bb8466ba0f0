/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.hmis.eval.model.text.LocalizedText;

/**
 * What a term was worth for one evaluation and year: a value with its source, or why there is none.
 *
 * @param term the term read
 * @param value the value; empty when there is none
 * @param source where the value comes from (table and line, indicator, parameter file)
 * @param reason why there is no value
 * @param replaceable true when the value is simply not in the evaluation, so that a rule whose
 *        strategy allows it may count it as zero; false for an unset threshold or an entry that
 *        cannot be read, which no strategy replaces
 */
public record Operand(Term term, Optional<BigDecimal> value, Optional<LocalizedText> source,
		Optional<LocalizedText> reason, boolean replaceable) {

	public Operand {
		Objects.requireNonNull(term, "term");
	}

	public static Operand of(Term term, BigDecimal value, LocalizedText source) {
		return new Operand(term, Optional.of(value), Optional.of(source), Optional.empty(), false);
	}

	/** @return an operand the evaluation does not have (a strategy may count it as zero) */
	public static Operand missing(Term term, LocalizedText reason) {
		return new Operand(term, Optional.empty(), Optional.empty(), Optional.of(reason), true);
	}

	/** @return an operand that no strategy replaces: an unset threshold, an unreadable entry */
	public static Operand unavailable(Term term, LocalizedText reason) {
		return new Operand(term, Optional.empty(), Optional.empty(), Optional.of(reason), false);
	}
}
