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

/** F.2: equity capital (Table 2, lines 16 + 17 + 18) over liabilities (line 14), in percent. */
final class EquityDebtRatio {

	private EquityDebtRatio() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		AccountLines accounts = context.accounts();
		InputSet inputs = InputSet.of(definition)
				.add("16", accounts.line("16"), Texts.line("16"))
				.add("17", accounts.line("17"), Texts.line("17"))
				.add("18", accounts.line("18"), Texts.line("18"))
				.add("14", accounts.line("14"), Texts.line("14"));
		if (!inputs.isComplete()) {
			return inputs.missingResult();
		}
		return inputs.divide(inputs.sum("16", "17", "18"), inputs.value("14"), inputs.provenance("14"),
				BigDecimal.valueOf(100));
	}
}
