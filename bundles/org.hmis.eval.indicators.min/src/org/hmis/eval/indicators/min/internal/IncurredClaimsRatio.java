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

/** MIN.3: claims incurred (Table 1, line G) over earned premium (line C), in percent. */
final class IncurredClaimsRatio {

	private IncurredClaimsRatio() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		AccountLines accounts = context.accounts();
		return InputSet.of(definition)
				.add("G", accounts.line("G"), Texts.line("G"))
				.add("C", accounts.line("C"), Texts.line("C"))
				.quotient("G", "C", BigDecimal.valueOf(100));
	}
}
