/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.impact.internal;

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
import org.hmis.eval.sheets.ClaimsSheet;
import org.hmis.eval.sheets.MembershipFigures;
import org.hmis.eval.sheets.SheetRowKey;

/**
 * I.2: (X + Y) / Z x 100, the share of a provider's income that comes through the scheme: X the
 * scheme's payments (claims of the year, Table 8), Y the co-payments of beneficiaries and Z the
 * provider's total income, both from the provider's accounts (the provider's ALL row of
 * provider_activity.csv). The breakdown is per provider; the value covers all of them together.
 */
final class ProviderIncomeShare {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ProviderIncomeShare() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		int year = context.year();
		ClaimsSheet claims = new MembershipFigures(context.evaluation()).sheets(year).claims();
		List<ProviderActivity> providers = context.rowsOfYear(AccountingYear::getProviderActivity).stream()
				.filter(activity -> SheetRowKey.ALL.equals(activity.getCategory()) && activity.getTotalIncome() != null
						&& !SheetRowKey.ALL.equals(activity.getProvider()))
				.toList();
		InputSet inputs = InputSet.of(definition);
		if (providers.isEmpty()) {
			return inputs.add("Z", Optional.empty(), Texts.text("income.missing", year)).missingResult();
		}
		BigDecimal paid = BigDecimal.ZERO;
		BigDecimal copayments = BigDecimal.ZERO;
		BigDecimal income = BigDecimal.ZERO;
		List<BreakdownEntry> breakdown = new ArrayList<>();
		for (ProviderActivity provider : providers) {
			String name = provider.getProvider();
			boolean claimed = claims.providers().contains(name);
			inputs.add("X " + name, claimed ? Optional.of(new SourcedValue(
					claims.totalCost(new SheetRowKey(name, SheetRowKey.ALL)), Texts.text("income.x", year, name)))
					: Optional.empty(), Texts.text("income.x.missing", year, name))
					.add("Y " + name, Optional.ofNullable(provider.getCopaymentsReceived()).map(value -> new SourcedValue(
							value, Texts.text("income.y", name))), Texts.text("income.y.missing", name))
					.add("Z " + name, Optional.of(new SourcedValue(provider.getTotalIncome(),
							Texts.text("income.z", name))), "");
			if (!inputs.isComplete()) {
				continue;
			}
			BigDecimal x = inputs.value("X " + name);
			BigDecimal y = inputs.value("Y " + name);
			paid = paid.add(x);
			copayments = copayments.add(y);
			income = income.add(provider.getTotalIncome());
			breakdown.add(new BreakdownEntry(name, provider.getTotalIncome().signum() == 0 ? Optional.empty()
					: Optional.of(x.add(y).multiply(HUNDRED).divide(provider.getTotalIncome(), InputSet.PRECISION))));
		}
		IndicatorResult result = inputs.divide(paid.add(copayments), income, Texts.text("income.total"), HUNDRED);
		return result.isComputable() ? result.withBreakdown(breakdown) : result;
	}

}
