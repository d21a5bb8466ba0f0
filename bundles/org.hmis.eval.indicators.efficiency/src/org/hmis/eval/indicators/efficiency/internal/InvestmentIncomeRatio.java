/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.efficiency.internal;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;

/** C.1: investment income (Table 1, line E) over total income (line R), in percent. */
final class InvestmentIncomeRatio {

	private InvestmentIncomeRatio() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		return InputSet.of(definition)
				.add("E", context.accounts().line("E"), Texts.line("E"))
				.add("R", context.accounts().line("R"), Texts.line("R"))
				.percentage("E", "R");
	}
}
