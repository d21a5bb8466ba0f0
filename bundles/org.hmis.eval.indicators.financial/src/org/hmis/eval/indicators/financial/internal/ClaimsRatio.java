/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.internal;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.accounts.AccountLines;

/** F.5: incurred claims (Table 1, line G) over earned premiums (line C), in percent. */
final class ClaimsRatio {

	private ClaimsRatio() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		AccountLines accounts = context.accounts();
		return InputSet.of(definition)
				.add("G", accounts.line("G"), Texts.line("G"))
				.add("C", accounts.line("C"), Texts.line("C"))
				.percentage("G", "C");
	}
}
