/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.internal;

import java.math.BigDecimal;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.accounts.AccountLines;

/** F.4.2: total expenses (Table 1, line X) over earned premium (line C). */
final class TotalExpenseRatio {

	private TotalExpenseRatio() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		AccountLines accounts = context.accounts();
		return InputSet.of(definition)
				.add("X", accounts.line("X"), Texts.line("X"))
				.add("C", accounts.line("C"), Texts.line("C"))
				.quotient("X", "C", BigDecimal.ONE);
	}
}
