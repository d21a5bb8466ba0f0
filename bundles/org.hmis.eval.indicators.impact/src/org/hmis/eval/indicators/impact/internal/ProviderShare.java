/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.impact.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.ECollections;
import org.hmis.eval.indicators.BreakdownEntry;
import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.ProviderActivity;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.sheets.ClaimsSheet;
import org.hmis.eval.sheets.MembershipFigures;
import org.hmis.eval.sheets.SheetRowKey;

/**
 * I.1: services the scheme covered (Table 8) over the services the provider dispensed (the
 * providers' activity), for every provider and category with both figures; the value is the
 * share over all of them, the breakdown gives each "provider / category".
 */
final class ProviderShare {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ProviderShare() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		int year = context.year();
		ClaimsSheet claims = new MembershipFigures(context.evaluation()).sheets(year).claims();
		long covered = 0;
		long dispensed = 0;
		List<BreakdownEntry> breakdown = new ArrayList<>();
		for (ProviderActivity activity : context.accountingYear(year).map(AccountingYear::getProviderActivity)
				.orElse(ECollections.emptyEList())) {
			SheetRowKey row = new SheetRowKey(activity.getProvider(), activity.getCategory());
			if (activity.getServicesDispensed() == null || !claims.isOffered(row)) {
				continue;
			}
			long coveredHere = claims.totalCount(row);
			covered += coveredHere;
			dispensed += activity.getServicesDispensed();
			breakdown.add(new BreakdownEntry(row.provider() + " / " + row.category(),
					activity.getServicesDispensed() == 0 ? Optional.empty()
							: Optional.of(BigDecimal.valueOf(coveredHere).multiply(HUNDRED)
									.divide(BigDecimal.valueOf(activity.getServicesDispensed()), InputSet.PRECISION))));
		}
		boolean any = !breakdown.isEmpty();
		LocalizedText source = Texts.text("share.source", year);
		IndicatorResult result = InputSet.of(definition)
				.add("covered", any ? Optional.of(new SourcedValue(BigDecimal.valueOf(covered), source)) : Optional.empty(),
						Texts.text("share.missingCovered", year))
				.add("dispensed", any ? Optional.of(new SourcedValue(BigDecimal.valueOf(dispensed), source)) : Optional.empty(),
						Texts.text("share.missingDispensed", year))
				.percentage("covered", "dispensed");
		return result.isComputable() ? result.withBreakdown(breakdown) : result;
	}
}
