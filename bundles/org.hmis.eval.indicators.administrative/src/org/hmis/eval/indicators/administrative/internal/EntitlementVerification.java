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
import org.hmis.eval.model.text.LocalizedText;

/** T.4: the scores of the verification tools in use over their maximum (4 per tool), in percent. */
final class EntitlementVerification {

	private static final BigDecimal MAXIMUM_PER_TOOL = BigDecimal.valueOf(4);

	private EntitlementVerification() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		int year = context.year();
		List<EntitlementTool> tools = context.rowsOfYear(AccountingYear::getEntitlementTools);
		LocalizedText missing = Texts.text("entitlement.missing", year);
		boolean given = !tools.isEmpty();
		int total = tools.stream().mapToInt(EntitlementTool::getScore).sum();
		return InputSet.of(definition)
				.add("scores", given ? Optional.of(new SourcedValue(BigDecimal.valueOf(total),
						Texts.text("entitlement.scores", year, tools.size()))) : Optional.empty(), missing)
				.add("maximum", given ? Optional.of(new SourcedValue(MAXIMUM_PER_TOOL.multiply(BigDecimal.valueOf(tools.size())),
						Texts.text("entitlement.maximum", tools.size()))) : Optional.empty(), missing)
				.percentage("scores", "maximum");
	}
}
