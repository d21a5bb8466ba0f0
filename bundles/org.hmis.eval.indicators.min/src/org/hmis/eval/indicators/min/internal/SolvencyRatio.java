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

/** MIN.9: total assets (Table 2, line 7) over total liabilities (line 14). */
final class SolvencyRatio {

	private SolvencyRatio() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		AccountLines accounts = context.accounts();
		return InputSet.of(definition)
				.add("7", accounts.line("7"), Texts.line("7"))
				.add("14", accounts.line("14"), Texts.line("14"))
				.quotient("7", "14", BigDecimal.ONE);
	}
}
