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

/** V.2: total expenses (Table 1, line X) plus the included hidden costs, over earned premium (line C), in percent. */
final class ExpenseWithHiddenCostsRatio {

	private ExpenseWithHiddenCostsRatio() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		InputSet inputs = InputSet.of(definition)
				.add("X", context.accounts().line("X"), Texts.line("X"))
				.add("hidden costs", HiddenCosts.included(context), HiddenCosts.includedWhereMissing())
				.add("C", context.accounts().line("C"), Texts.line("C"));
		if (!inputs.isComplete()) {
			return inputs.missingResult();
		}
		return inputs.divide(inputs.sum("X", "hidden costs"), inputs.value("C"), inputs.provenance("C"),
				BigDecimal.valueOf(100));
	}
}
