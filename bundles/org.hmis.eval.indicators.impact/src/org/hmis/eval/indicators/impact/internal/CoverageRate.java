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
				.add("beneficiaries", figures.beneficiaries(year), "annual average of beneficiaries in " + year
						+ " (Table 7, monthly_beneficiaries.csv, or membership_averages.csv)")
				.add("population of the area", figures.areaPopulation(year),
						"population of the area of operations in " + year + " (Table 5, population.csv)")
				.percentage("beneficiaries", "population of the area");
	}
}
