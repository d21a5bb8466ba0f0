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

/** F.1: cash and due from banks (Table 2, line 1) over short-term liabilities (line 12). */
final class QuickRatio {

	private QuickRatio() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		AccountLines accounts = context.accounts();
		return InputSet.of(definition)
				.add("1", accounts.line("1"), Texts.line("1"))
				.add("12", accounts.line("12"), Texts.line("12"))
				.quotient("1", "12", BigDecimal.ONE);
	}
}
