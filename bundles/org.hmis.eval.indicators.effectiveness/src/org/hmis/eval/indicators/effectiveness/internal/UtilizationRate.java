/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.effectiveness.internal;

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
import org.hmis.eval.sheets.ClaimsSheet;
import org.hmis.eval.sheets.MembershipFigures;
import org.hmis.eval.sheets.SheetRowKey;

/**
 * E.1: claims per 100 beneficiaries (annual average) in year N. The value is that of
 * non-programmed hospitalizations, the service the guide reads E.1 on; the breakdown gives every
 * category of Table 8.
 */
final class UtilizationRate {

	/** The category the guide's E.1 is read on. */
	static final String REFERENCE_CATEGORY = "hospitalization";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private UtilizationRate() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		int year = context.year();
		MembershipFigures figures = new MembershipFigures(context.evaluation());
		ClaimsSheet claims = figures.sheets(year).claims();
		SheetRowKey reference = new SheetRowKey(SheetRowKey.ALL, REFERENCE_CATEGORY);
		Optional<SourcedValue> count = claims.isOffered(reference)
				? Optional.of(new SourcedValue(BigDecimal.valueOf(claims.totalCount(reference)),
						Texts.text("utilization.claims", year, REFERENCE_CATEGORY)))
				: Optional.empty();
		Optional<SourcedValue> beneficiaries = figures.beneficiaries(year);
		IndicatorResult result = InputSet.of(definition)
				.add("claims", count, Texts.text("utilization.claimsMissing", year, REFERENCE_CATEGORY))
				.add("beneficiaries", beneficiaries, Texts.text("utilization.beneficiariesMissing", year))
				.percentage("claims", "beneficiaries");
		if (!result.isComputable()) {
			return result;
		}
		List<BreakdownEntry> breakdown = new ArrayList<>();
		BigDecimal average = beneficiaries.get().amount();
		for (String category : claims.categories()) {
			BigDecimal claimsOfCategory = BigDecimal.valueOf(claims.totalCount(new SheetRowKey(SheetRowKey.ALL, category)));
			breakdown.add(new BreakdownEntry(category,
					Optional.of(claimsOfCategory.multiply(HUNDRED).divide(average, InputSet.PRECISION))));
		}
		return result.withBreakdown(breakdown);
	}
}
