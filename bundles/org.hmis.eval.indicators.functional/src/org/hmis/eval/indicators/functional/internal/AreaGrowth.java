/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.functional.internal;

import java.math.BigDecimal;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.sheets.MembershipFigures;

/**
 * M.3 and M.4: the part of membership growth won in areas the scheme already covered (internal)
 * and in new areas (external), both over the members of year N-1, so that M.3 + M.4 = M.1.
 */
final class AreaGrowth {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private AreaGrowth() {
	}

	/** M.3: (members N in old areas - members N-1) / members N-1 x 100. */
	static IndicatorResult internal(IndicatorDefinition definition, ComputationContext context) {
		InputSet inputs = inputs(definition, context, "members N in old areas", true);
		if (!inputs.isComplete()) {
			return inputs.missingResult();
		}
		BigDecimal previous = inputs.value("members N-1");
		return inputs.divide(inputs.value("members N in old areas").subtract(previous), previous,
				inputs.provenance("members N-1"), HUNDRED);
	}

	/** M.4: members N in new areas / members N-1 x 100. */
	static IndicatorResult external(IndicatorDefinition definition, ComputationContext context) {
		return inputs(definition, context, "members N in new areas", false)
				.percentage("members N in new areas", "members N-1");
	}

	private static InputSet inputs(IndicatorDefinition definition, ComputationContext context, String symbol,
			boolean oldAreas) {
		MembershipFigures figures = new MembershipFigures(context.evaluation());
		int year = context.year();
		return InputSet.of(definition)
				.add(symbol, oldAreas ? figures.membersInOldAreas(year) : figures.membersInNewAreas(year),
						Texts.text(oldAreas ? "missing.membersOldAreas" : "missing.membersNewAreas", year))
				.add("members N-1", figures.members(year - 1), MembershipGrowth.missing("members", year - 1));
	}
}
