/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.technical.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hmis.eval.indicators.BreakdownEntry;
import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.RiskPortfolioEntry;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.model.riskportfolio.PortfolioScore;
import org.hmis.eval.model.riskportfolio.ReferenceGrid;

/**
 * G.2, the quality of the risk portfolio: Y / X x 100, where X sums the maximum scores of the
 * services the scheme covers and Y the points earned by the measures it applies (Table 16 scored
 * against the reference grid). The breakdown gives Y / X for each group of services.
 */
final class RiskPortfolioQuality {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private RiskPortfolioQuality() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		int year = context.year();
		List<RiskPortfolioEntry> entries = context.rowsOfYear(AccountingYear::getRiskPortfolio);
		LocalizedText missing = Texts.text("portfolio.missing", year);
		if (entries.isEmpty()) {
			return InputSet.of(definition).add("Y", Optional.empty(), missing).add("X", Optional.empty(), missing)
					.missingResult();
		}
		PortfolioScore score = new PortfolioScore(entries, ReferenceGrid.get());
		InputSet inputs = InputSet.of(definition)
				.add("Y", Optional.of(new SourcedValue(BigDecimal.valueOf(score.total().y()),
						Texts.text("portfolio.y", year))), missing)
				.add("X", Optional.of(new SourcedValue(BigDecimal.valueOf(score.total().x()),
						Texts.text("portfolio.x"))), missing);
		IndicatorResult result = inputs.percentage("Y", "X");
		if (!result.isComputable()) {
			return result;
		}
		List<BreakdownEntry> groups = new ArrayList<>();
		ReferenceGrid.get().services().stream().map(service -> service.group()).distinct().forEach(group -> {
			PortfolioScore.Totals totals = score.byGroup().get(group);
			if (totals != null) {
				String label = ReferenceGrid.get().group(group).get(0).groupLabel(Locale.ENGLISH);
				groups.add(new BreakdownEntry(label, Optional.of(BigDecimal.valueOf(totals.y()).multiply(HUNDRED)
						.divide(BigDecimal.valueOf(totals.x()), InputSet.PRECISION))));
			}
		});
		return result.withBreakdown(groups);
	}
}
