/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.functional.internal;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.sheets.MembershipFigures;

/** M.5: beneficiaries (annual average) over the target population (Table 5), in percent. */
final class PenetrationRate {

	private PenetrationRate() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		MembershipFigures figures = new MembershipFigures(context.evaluation());
		int year = context.year();
		return InputSet.of(definition)
				.add("beneficiaries", figures.beneficiaries(year), MembershipGrowth.missing("beneficiaries", year))
				.add("target population", figures.targetPopulation(year),
						Texts.text("missing.targetPopulation", year))
				.percentage("beneficiaries", "target population");
	}
}
