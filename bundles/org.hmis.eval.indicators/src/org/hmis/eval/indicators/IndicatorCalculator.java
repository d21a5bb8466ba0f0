/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

/** Computes one declared indicator. */
@FunctionalInterface
public interface IndicatorCalculator {

	/** @return the value with its inputs, or the reason there is none; never {@code null} */
	IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context);
}
