/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.internal;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.HiddenCosts;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;

/** OI: net income (Table 1, line Z) minus the included hidden costs (guide, Part II, section 5). */
final class OperatingIncome {

	private OperatingIncome() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		InputSet inputs = InputSet.of(definition)
				.add("Z", context.accounts().line("Z"), Texts.line("Z"))
				.add("hidden costs", HiddenCosts.included(context), HiddenCosts.includedWhereMissing());
		if (!inputs.isComplete()) {
			return inputs.missingResult();
		}
		return inputs.result(inputs.value("Z").subtract(inputs.value("hidden costs")));
	}
}
