/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.min.internal;

import java.math.BigDecimal;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.accounts.AccountLines;

/** MIN.10: cash and short-term investments (Table 2, lines 1 + 3) over short-term liabilities (line 12). */
final class LiquidityRatio {

	private LiquidityRatio() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		AccountLines accounts = context.accounts();
		InputSet inputs = InputSet.of(definition)
				.add("1", accounts.line("1"), Texts.line("1"))
				.add("3", accounts.line("3"), Texts.line("3"))
				.add("12", accounts.line("12"), Texts.line("12"));
		if (!inputs.isComplete()) {
			return inputs.missingResult();
		}
		return inputs.divide(inputs.sum("1", "3"), inputs.value("12"), inputs.provenance("12"), BigDecimal.ONE);
	}
}
