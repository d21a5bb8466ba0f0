/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of computing one indicator for one year: either a value with the inputs it was
 * computed from, or the reason it could not be computed. The value is kept unrounded; rounding
 * is a matter of display.
 */
public final class IndicatorResult {

	private final IndicatorDefinition definition;
	private final BigDecimal value;
	private final NotComputable reason;
	private final List<IndicatorInput> inputs;
	private final List<BreakdownEntry> breakdown;

	private IndicatorResult(IndicatorDefinition definition, BigDecimal value, NotComputable reason,
			List<IndicatorInput> inputs, List<BreakdownEntry> breakdown) {
		this.definition = Objects.requireNonNull(definition, "definition");
		this.value = value;
		this.reason = reason;
		this.inputs = List.copyOf(inputs);
		this.breakdown = List.copyOf(breakdown);
	}

	/** @return a computed result */
	public static IndicatorResult computed(IndicatorDefinition definition, BigDecimal value,
			List<IndicatorInput> inputs) {
		return new IndicatorResult(definition, Objects.requireNonNull(value, "value"), null, inputs, List.of());
	}

	/** @return a result without value; {@code inputsFound} are the inputs that were available */
	public static IndicatorResult notComputable(IndicatorDefinition definition, NotComputable reason,
			List<IndicatorInput> inputsFound) {
		return new IndicatorResult(definition, null, Objects.requireNonNull(reason, "reason"), inputsFound,
				List.of());
	}

	/** @return a copy of this result carrying a per-key breakdown */
	public IndicatorResult withBreakdown(List<BreakdownEntry> entries) {
		return new IndicatorResult(definition, value, reason, inputs, entries);
	}

	public IndicatorDefinition definition() {
		return definition;
	}

	public String code() {
		return definition.code();
	}

	public boolean isComputable() {
		return value != null;
	}

	/** @return the unrounded value; empty when not computable */
	public Optional<BigDecimal> value() {
		return Optional.ofNullable(value);
	}

	/** @return why there is no value; empty when computable */
	public Optional<NotComputable> reason() {
		return Optional.ofNullable(reason);
	}

	public List<IndicatorInput> inputs() {
		return inputs;
	}

	public List<BreakdownEntry> breakdown() {
		return breakdown;
	}

	@Override
	public String toString() {
		return code() + " = " + (value != null ? value.toPlainString() + " " + definition.unit().symbol()
				: "(" + reason.message() + ")");
	}
}
