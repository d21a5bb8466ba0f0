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
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.ProviderActivity;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.sheets.MembershipFigures;
import org.hmis.eval.sheets.MonitoringSheets;
import org.hmis.eval.sheets.SheetRowKey;

/**
 * G.3.2: (X + Y) / Z x 100 for each provider and category whose non-beneficiary average cost is
 * known, where X is the average cost of a claim to the scheme (Table 10, year), Y the average
 * co-payment of a beneficiary and Z the average cost invoiced to a non-beneficiary. The breakdown
 * lists every pair; the value is the highest of them, the strongest hint of over-prescription.
 */
final class BeneficiaryCostComparison {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private BeneficiaryCostComparison() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		int year = context.year();
		MonitoringSheets sheets = new MembershipFigures(context.evaluation()).sheets(year);
		List<ProviderActivity> compared = context.rowsOfYear(AccountingYear::getProviderActivity).stream()
				.filter(activity -> activity.getNonBeneficiaryAverageCost() != null
						&& !SheetRowKey.ALL.equals(activity.getCategory()))
				.toList();
		LocalizedText missing = Texts.text("comparison.missing", year);
		if (compared.isEmpty()) {
			return InputSet.of(definition).add("Z", Optional.empty(), missing).missingResult();
		}
		List<BreakdownEntry> breakdown = new ArrayList<>();
		IndicatorResult highest = null;
		for (ProviderActivity activity : compared) {
			SheetRowKey row = new SheetRowKey(activity.getProvider(), activity.getCategory());
			String pair = activity.getProvider() + " / " + activity.getCategory();
			InputSet inputs = InputSet.of(definition)
					.add("X", sheets.annualAverageCost(row).map(cost -> new SourcedValue(cost,
							Texts.text("comparison.x", year, pair))), Texts.text("comparison.x.missing", year, pair))
					.add("Y", Optional.ofNullable(activity.getAverageCopayment()).map(copayment -> new SourcedValue(copayment,
							Texts.text("comparison.y", pair))), Texts.text("comparison.y.missing", pair))
					.add("Z", Optional.of(new SourcedValue(activity.getNonBeneficiaryAverageCost(),
							Texts.text("comparison.z", pair))), "");
			IndicatorResult result = inputs.isComplete()
					? inputs.divide(inputs.sum("X", "Y"), inputs.value("Z"), inputs.provenance("Z"), HUNDRED)
					: inputs.missingResult();
			breakdown.add(new BreakdownEntry(pair, result.value()));
			if (result.isComputable() && (highest == null
					|| result.value().orElseThrow().compareTo(highest.value().orElseThrow()) > 0)) {
				highest = result;
			}
		}
		if (highest == null) {
			return InputSet.of(definition).add("X", Optional.empty(), missing).missingResult().withBreakdown(breakdown);
		}
		return highest.withBreakdown(breakdown);
	}
}
