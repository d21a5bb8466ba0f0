/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.administrative.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.EntitlementTool;
import org.hmis.eval.model.accounts.SourcedValue;

/** T.4: the scores of the verification tools in use over their maximum (4 per tool), in percent. */
final class EntitlementVerification {

	private static final BigDecimal MAXIMUM_PER_TOOL = BigDecimal.valueOf(4);

	private EntitlementVerification() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		int year = context.year();
		List<EntitlementTool> tools = context.rowsOfYear(AccountingYear::getEntitlementTools);
		String source = "entitlement_tools.csv, " + year + ", " + tools.size() + " tools";
		String missing = "scores (0 to 4) of the entitlement verification tools in use in " + year
				+ " (entitlement_tools.csv)";
		boolean given = !tools.isEmpty();
		int total = tools.stream().mapToInt(EntitlementTool::getScore).sum();
		return InputSet.of(definition)
				.add("scores", given ? Optional.of(new SourcedValue(BigDecimal.valueOf(total), source)) : Optional.empty(),
						missing)
				.add("maximum", given ? Optional.of(new SourcedValue(MAXIMUM_PER_TOOL.multiply(BigDecimal.valueOf(tools.size())),
						"4 x " + tools.size() + " tools")) : Optional.empty(), missing)
				.percentage("scores", "maximum");
	}
}
