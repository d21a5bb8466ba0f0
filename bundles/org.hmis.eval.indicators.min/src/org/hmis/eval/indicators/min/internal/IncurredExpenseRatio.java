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

/** MIN.2: operating expenses incurred (Table 1, line J) over earned premium (line C), in percent. */
final class IncurredExpenseRatio {

	private IncurredExpenseRatio() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		AccountLines accounts = context.accounts();
		return InputSet.of(definition)
				.add("J", accounts.line("J"), Texts.line("J"))
				.add("C", accounts.line("C"), Texts.line("C"))
				.quotient("J", "C", BigDecimal.valueOf(100));
	}
}
