/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hmis.eval.indicators.BreakdownEntry;
import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.Investment;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;

/**
 * F.7: the highest share of one asset class in the book value of all investments (Table 14,
 * column 4). The breakdown lists the share of every asset class.
 */
final class InvestmentConcentration {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private InvestmentConcentration() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		List<Investment> investments = context.evaluation().getInvestments();
		Investment largest = null;
		BigDecimal total = BigDecimal.ZERO;
		for (Investment investment : investments) {
			total = total.add(investment.getBookValue());
			if (largest == null || investment.getBookValue().compareTo(largest.getBookValue()) > 0) {
				largest = investment;
			}
		}
		LocalizedText missing = Texts.text("investments.missing");
		InputSet inputs = InputSet.of(definition)
				.add("largest asset class", Optional.ofNullable(largest).map(i -> new SourcedValue(i.getBookValue(),
						Texts.text("investments.largest", i.getAssetClass()))), missing)
				.add("all investments", investments.isEmpty() ? Optional.empty()
						: Optional.of(new SourcedValue(total, Texts.text("investments.total"))), missing);
		IndicatorResult result = inputs.percentage("largest asset class", "all investments");
		if (!result.isComputable()) {
			return result;
		}
		List<BreakdownEntry> shares = new ArrayList<>();
		for (Investment investment : investments) {
			shares.add(new BreakdownEntry(investment.getAssetClass(),
					Optional.of(investment.getBookValue().multiply(HUNDRED).divide(total, InputSet.PRECISION))));
		}
		return result.withBreakdown(shares);
	}
}
