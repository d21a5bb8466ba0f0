/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.functional.internal;

import java.math.BigDecimal;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;

/** M.7.1: liabilities to providers (Table 2, line 12, providers' part) over claims (Table 1, line G), in days. */
final class ProviderPaymentPeriod {

	private ProviderPaymentPeriod() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		return InputSet.of(definition)
				.add("12.providers", context.accounts().line("12.providers"), Texts.line("12.providers"))
				.add("G", context.accounts().line("G"), Texts.line("G"))
				.quotient("12.providers", "G", BigDecimal.valueOf(365));
	}
}
