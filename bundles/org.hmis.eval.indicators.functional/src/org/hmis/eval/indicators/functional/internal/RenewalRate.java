/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.functional.internal;

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
import org.hmis.eval.model.EnrolmentMode;
import org.hmis.eval.model.RenewalSummary;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.sheets.registers.AccountingCalendar;
import org.hmis.eval.sheets.registers.RegisterCache;
import org.hmis.eval.sheets.registers.RenewalRates;

/**
 * M.2, the renewal rate. From the contracts register both readings of the specification are
 * computed (open enrolment: mean of the monthly rates; closed enrolment: renewed / due over the
 * year) and the scheme's enrolment mode picks the headline. Without a register, the renewal summary
 * of years N and N-1 gives the guide's closed-enrolment formula (members N - new members N) /
 * members N-1.
 */
final class RenewalRate {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private RenewalRate() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		if (RegisterCache.tables(context.evaluation()).contracts().size() > 0) {
			return fromRegister(definition, context);
		}
		return fromSummary(definition, context);
	}

	private static IndicatorResult fromRegister(IndicatorDefinition definition, ComputationContext context) {
		Scheme scheme = context.evaluation().getScheme();
		int year = context.year();
		RenewalRates rates = new RenewalRates(RegisterCache.tables(context.evaluation()), AccountingCalendar.of(scheme, year),
				scheme == null ? 30 : scheme.getRenewalWindowDays());
		LocalizedText source = Texts.text("renewal.register", year);
		InputSet inputs = InputSet.of(definition)
				.add("contracts due N", Optional.of(new SourcedValue(BigDecimal.valueOf(rates.due()), source)), "")
				.add("contracts renewed N", Optional.of(new SourcedValue(BigDecimal.valueOf(rates.renewed()), source)), "");
		boolean closed = scheme != null && scheme.getEnrolment() == EnrolmentMode.CLOSED;
		Optional<BigDecimal> headline = closed ? rates.closedEnrolmentRate() : rates.openEnrolmentRate();
		if (headline.isEmpty()) {
			return inputs.divide(BigDecimal.ZERO, BigDecimal.ZERO, Texts.text("renewal.contractsDue", year), HUNDRED);
		}
		List<BreakdownEntry> breakdown = new ArrayList<>();
		breakdown.add(new BreakdownEntry("open enrolment (mean of monthly rates)", rates.openEnrolmentRate()));
		breakdown.add(new BreakdownEntry("closed enrolment (renewed / due)", rates.closedEnrolmentRate()));
		AccountingCalendar calendar = AccountingCalendar.of(scheme, year);
		for (RenewalRates.MonthRate month : rates.months()) {
			breakdown.add(new BreakdownEntry(calendar.month(month.month()).toString(), Optional.of(month.percent())));
		}
		return inputs.result(headline.get()).withBreakdown(breakdown);
	}

	private static IndicatorResult fromSummary(IndicatorDefinition definition, ComputationContext context) {
		int year = context.year();
		Optional<RenewalSummary> current = summary(context, year);
		Optional<RenewalSummary> previous = summary(context, year - 1);
		InputSet inputs = InputSet.of(definition)
				.add("members N", current.map(s -> value(s.getMembers(), "summary.members", year)),
						Texts.text("missing.summaryMembers", year))
				.add("new members N", current.flatMap(s -> Optional.ofNullable(s.getNewMembers()))
						.map(n -> value(n, "summary.newMembers", year)), Texts.text("missing.summaryNewMembers", year))
				.add("members N-1", previous.map(s -> value(s.getMembers(), "summary.members", year - 1)),
						Texts.text("missing.summaryMembers", year - 1));
		if (!inputs.isComplete()) {
			return inputs.missingResult();
		}
		BigDecimal renewing = inputs.value("members N").subtract(inputs.value("new members N"));
		return inputs.divide(renewing, inputs.value("members N-1"), inputs.provenance("members N-1"), HUNDRED);
	}

	private static Optional<RenewalSummary> summary(ComputationContext context, int year) {
		return context.accountingYear(year).map(AccountingYear::getRenewalSummary);
	}

	private static SourcedValue value(long count, String sourceKey, int year) {
		return new SourcedValue(BigDecimal.valueOf(count), Texts.text(sourceKey, year));
	}
}
