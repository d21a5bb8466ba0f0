/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hmis.eval.model.text.LocalizedText;

/**
 * The outcome of one rule: pass, fail, or not evaluable with the reason; with the value of each
 * side and of every term read, so that a finding shows the figures it used.
 *
 * @param rule the rule
 * @param outcome pass, fail or not evaluable
 * @param left the left side's value, when it has one
 * @param right the right side's value, when it has one
 * @param operands every term read, with its value and source or why it has none
 * @param reason why the rule is not evaluable; empty otherwise
 */
public record RuleResult(ComplianceRule rule, Outcome outcome, Optional<BigDecimal> left, Optional<BigDecimal> right,
		List<Operand> operands, Optional<LocalizedText> reason) {

	public RuleResult {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(outcome, "outcome");
		operands = List.copyOf(operands);
		if ((outcome == Outcome.NOT_EVALUABLE) != reason.isPresent()) {
			throw new IllegalArgumentException(rule.id() + ": a reason goes with not evaluable, and only with it");
		}
	}

	static RuleResult notEvaluable(ComplianceRule rule, List<Operand> operands, LocalizedText reason) {
		return new RuleResult(rule, Outcome.NOT_EVALUABLE, Optional.empty(), Optional.empty(), operands,
				Optional.of(reason));
	}
}
