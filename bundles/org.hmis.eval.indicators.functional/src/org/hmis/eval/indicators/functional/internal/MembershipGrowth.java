/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.functional.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.BiFunction;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.sheets.MembershipFigures;

/**
 * M.1, M.1.1 and M.1.2: growth of the annual average number of members, beneficiaries or
 * dependants between year N-1 and year N, in percent.
 */
final class MembershipGrowth {

	private MembershipGrowth() {
	}

	static IndicatorCalculator of(BiFunction<MembershipFigures, Integer, Optional<SourcedValue>> figure, String what) {
		return (definition, context) -> calculate(definition, context, figure, what);
	}

	private static IndicatorResult calculate(IndicatorDefinition definition,
			ComputationContext context, BiFunction<MembershipFigures, Integer, Optional<SourcedValue>> figure,
			String what) {
		MembershipFigures figures = new MembershipFigures(context.evaluation());
		int year = context.year();
		InputSet inputs = InputSet.of(definition)
				.add(what + " N", figure.apply(figures, year), missing(what, year))
				.add(what + " N-1", figure.apply(figures, year - 1), missing(what, year - 1));
		if (!inputs.isComplete()) {
			return inputs.missingResult();
		}
		BigDecimal previous = inputs.value(what + " N-1");
		return inputs.divide(inputs.value(what + " N").subtract(previous), previous, inputs.provenance(what + " N-1"),
				BigDecimal.valueOf(100));
	}

	/** @param what "members", "beneficiaries" or "dependents", as the symbols of M.1, M.1.1 and M.1.2 */
	static LocalizedText missing(String what, int year) {
		return Texts.text("missing.average." + what, year);
	}
}
