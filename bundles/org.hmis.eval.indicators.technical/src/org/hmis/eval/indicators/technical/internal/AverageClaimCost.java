/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.technical.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hmis.eval.indicators.BreakdownEntry;
import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.sheets.ClaimsSheet;
import org.hmis.eval.sheets.MembershipFigures;
import org.hmis.eval.sheets.MonitoringSheets;
import org.hmis.eval.sheets.SheetRowKey;

/**
 * G.3.1: the average cost of a claim in year N (Table 10, annual column): all claims as the value,
 * every provider and category, and each pair, as the breakdown ("provider / category").
 */
final class AverageClaimCost {

	private static final SheetRowKey ALL = new SheetRowKey(SheetRowKey.ALL, SheetRowKey.ALL);

	private AverageClaimCost() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		int year = context.year();
		MonitoringSheets sheets = new MembershipFigures(context.evaluation()).sheets(year);
		ClaimsSheet claims = sheets.claims();
		LocalizedText source = Texts.text("claims.source", year);
		Optional<SourcedValue> cost = claims.providers().isEmpty() ? Optional.empty()
				: Optional.of(new SourcedValue(claims.totalCost(ALL), source));
		Optional<SourcedValue> count = claims.providers().isEmpty() ? Optional.empty()
				: Optional.of(new SourcedValue(BigDecimal.valueOf(claims.totalCount(ALL)), source));
		LocalizedText missing = Texts.text("claims.missing", year);
		IndicatorResult result = InputSet.of(definition).add("cost", cost, missing).add("claims", count, missing)
				.quotient("cost", "claims", BigDecimal.ONE);
		return result.isComputable() ? result.withBreakdown(breakdown(sheets)) : result;
	}

	private static List<BreakdownEntry> breakdown(MonitoringSheets sheets) {
		List<BreakdownEntry> entries = new ArrayList<>();
		for (SheetRowKey row : sheets.claims().rows()) {
			if (!row.equals(ALL) && sheets.claims().isOffered(row)) {
				entries.add(new BreakdownEntry(row.provider() + " / " + row.category(), sheets.annualAverageCost(row)));
			}
		}
		return entries;
	}
}
