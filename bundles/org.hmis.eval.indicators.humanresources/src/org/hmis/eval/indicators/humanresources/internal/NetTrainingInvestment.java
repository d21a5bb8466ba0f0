/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.humanresources.internal;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;

/** H.2.2: training expenses borne by the scheme over operating expenses (Table 1, line J), in percent. */
final class NetTrainingInvestment {

	private NetTrainingInvestment() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		return InputSet.of(definition)
				.add("training_expenses", context.accounts().line("training_expenses"), Texts.line("training_expenses"))
				.add("J", context.accounts().line("J"), Texts.line("J"))
				.percentage("training_expenses", "J");
	}
}
