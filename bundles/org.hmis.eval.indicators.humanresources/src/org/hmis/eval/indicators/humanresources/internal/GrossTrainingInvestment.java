/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.humanresources.internal;

import java.math.BigDecimal;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.HiddenCosts;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;

/** H.2.1: training expenses plus the included training hidden costs, over operating expenses (Table 1, line J), in percent. */
final class GrossTrainingInvestment {

	private GrossTrainingInvestment() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		InputSet inputs = InputSet.of(definition)
				.add("training_expenses", context.accounts().line("training_expenses"), Texts.line("training_expenses"))
				.add("training hidden costs", HiddenCosts.includedTraining(context), HiddenCosts.includedTrainingWhereMissing())
				.add("J", context.accounts().line("J"), Texts.line("J"));
		if (!inputs.isComplete()) {
			return inputs.missingResult();
		}
		return inputs.divide(inputs.sum("training_expenses", "training hidden costs"), inputs.value("J"),
				inputs.provenance("J"), BigDecimal.valueOf(100));
	}
}
