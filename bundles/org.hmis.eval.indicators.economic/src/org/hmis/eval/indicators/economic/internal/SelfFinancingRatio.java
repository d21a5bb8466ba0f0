/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.economic.internal;

import java.math.BigDecimal;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.HiddenCosts;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;

/** V.1: total income (Table 1, line R) over total expenses (line X) plus the included hidden costs, in percent. */
final class SelfFinancingRatio {

	private SelfFinancingRatio() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		InputSet inputs = InputSet.of(definition)
				.add("R", context.accounts().line("R"), "Table 1, line R (total income)")
				.add("X", context.accounts().line("X"), "Table 1, line X (total expenses)")
				.add("hidden costs", HiddenCosts.included(context), "hidden costs (section 5)");
		if (!inputs.isComplete()) {
			return inputs.missingResult();
		}
		return inputs.divide(inputs.value("R"), inputs.sum("X", "hidden costs"),
				"Table 1, line X + hidden costs", BigDecimal.valueOf(100));
	}
}
