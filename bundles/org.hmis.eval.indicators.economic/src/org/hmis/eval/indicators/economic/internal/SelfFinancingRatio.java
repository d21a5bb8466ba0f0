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
import org.hmis.eval.model.accounts.AccountLineCatalog;

/** V.1: total income (Table 1, line R) over total expenses (line X) plus the included hidden costs, in percent. */
final class SelfFinancingRatio {

	private SelfFinancingRatio() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		InputSet inputs = InputSet.of(definition)
				.add("R", context.accounts().line("R"), Texts.line("R"))
				.add("X", context.accounts().line("X"), Texts.line("X"))
				.add("hidden costs", HiddenCosts.included(context), HiddenCosts.includedWhereMissing());
		if (!inputs.isComplete()) {
			return inputs.missingResult();
		}
		return inputs.divide(inputs.value("R"), inputs.sum("X", "hidden costs"),
				Texts.text("expensesAndHiddenCosts", AccountLineCatalog.reference("X")), BigDecimal.valueOf(100));
	}
}
