/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.impact.internal;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.sheets.MembershipFigures;

/** I.3: beneficiaries (annual average) over the population of the area of operations (Table 5). */
final class CoverageRate {

	private CoverageRate() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		MembershipFigures figures = new MembershipFigures(context.evaluation());
		int year = context.year();
		return InputSet.of(definition)
				.add("beneficiaries", figures.beneficiaries(year), Texts.text("coverage.missingBeneficiaries", year))
				.add("population of the area", figures.areaPopulation(year),
						Texts.text("coverage.missingPopulation", year))
				.percentage("beneficiaries", "population of the area");
	}
}
