/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.math.BigDecimal;
import java.util.Optional;

import org.hmis.eval.model.text.LocalizedText;

/**
 * The value of an expression, or why it has none.
 *
 * @param value the value; empty when there is none
 * @param missing the operand that was missing, when that is the reason
 * @param reason why there is no value
 */
public record Evaluated(Optional<BigDecimal> value, Optional<Operand> missing, Optional<LocalizedText> reason) {

	static Evaluated of(BigDecimal value) {
		return new Evaluated(Optional.of(value), Optional.empty(), Optional.empty());
	}

	static Evaluated missing(Operand operand) {
		return new Evaluated(Optional.empty(), Optional.of(operand), operand.reason());
	}

	static Evaluated zeroDivisor(String divisor) {
		return new Evaluated(Optional.empty(), Optional.empty(),
				Optional.of(ComplianceTexts.text("reason.zeroDivisor", divisor)));
	}
}
