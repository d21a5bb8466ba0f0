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

/** MIN.1: net income (Table 1, line Z) over earned premium (line C), in percent. */
final class NetIncomeRatio {

	private NetIncomeRatio() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		AccountLines accounts = context.accounts();
		return InputSet.of(definition)
				.add("Z", accounts.line("Z"), Texts.line("Z"))
				.add("C", accounts.line("C"), Texts.line("C"))
				.quotient("Z", "C", BigDecimal.valueOf(100));
	}
}
