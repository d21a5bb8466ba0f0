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
				.add("16", accounts.line("16"), "Table 2, line 16 (paid-in equity)")
				.add("17", accounts.line("17"), "Table 2, line 17 (grant funds)")
				.add("18", accounts.line("18"), "Table 2, line 18 (retained earnings)")
				.add("14", accounts.line("14"), "Table 2, line 14 (total liabilities)");
		if (!inputs.isComplete()) {
			return inputs.missingResult();
		}
		return inputs.divide(inputs.sum("16", "17", "18"), inputs.value("14"), inputs.source("14"),
				BigDecimal.valueOf(100));
	}
}
