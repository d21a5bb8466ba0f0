/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.min.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.ClaimStatus;
import org.hmis.eval.model.registers.ClaimTable;
import org.hmis.eval.model.registers.Days;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.sheets.BeneficiaryColumn;
import org.hmis.eval.sheets.BeneficiarySheet;
import org.hmis.eval.sheets.MembershipFigures;
import org.hmis.eval.sheets.registers.AccountingCalendar;
import org.hmis.eval.sheets.registers.RegisterCache;
import org.hmis.eval.sheets.registers.RenewalRates;

/**
 * The Microinsurance Network ratios read from the registers and the beneficiaries sheet: renewal
 * (MIN.4), promptness of claims settlement (MIN.5), claims rejection (MIN.6), growth (MIN.7) and
 * coverage (MIN.8). "Insured" are the beneficiaries entitled at the end of the year (Table 7, Y of
 * the last month).
 */
final class RegisterRatios {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private RegisterRatios() {
	}

	/** MIN.4: contracts renewed / contracts falling due in year N. */
	static IndicatorResult renewal(IndicatorDefinition definition, ComputationContext context) {
		RegisterTables registers = RegisterCache.tables(context.evaluation());
		InputSet inputs = InputSet.of(definition);
		if (registers.contracts().size() == 0) {
			return inputs.add("contracts due", Optional.empty(), Texts.text("renewal.missing")).missingResult();
		}
		int window = context.evaluation().getScheme() == null ? 30 : context.evaluation().getScheme().getRenewalWindowDays();
		RenewalRates rates = new RenewalRates(registers, calendar(context), window);
		LocalizedText source = Texts.text("renewal.source", context.year());
		return inputs.add("contracts renewed", value(rates.renewed(), source), "")
				.add("contracts due", value(rates.due(), source), "")
				.percentage("contracts renewed", "contracts due");
	}

	/**
	 * MIN.5: mean days from care to payment over the authorized claims paid in year N; the claims
	 * register has no submission date, so the service date stands in for it.
	 */
	static IndicatorResult promptness(IndicatorDefinition definition, ComputationContext context) {
		ClaimTable register = RegisterCache.tables(context.evaluation()).claims();
		AccountingCalendar calendar = calendar(context);
		int first = calendar.firstDayNumber();
		int last = calendar.lastDayNumber();
		long claims = 0;
		long days = 0;
		for (int row = 0; row < register.size(); row++) {
			int paid = register.paid(row);
			if (register.isAuthorized(row) && paid != Days.NONE && paid >= first && paid <= last) {
				claims++;
				days += paid - register.service(row);
			}
		}
		LocalizedText missing = Texts.text("promptness.missing", context.year());
		return InputSet.of(definition)
				.add("days to payment", claims == 0 ? Optional.empty()
						: value(days, Texts.text("promptness.days", context.year())), missing)
				.add("claims paid", claims == 0 ? Optional.empty()
						: value(claims, Texts.text("promptness.claims", context.year())), missing)
				.quotient("days to payment", "claims paid", BigDecimal.ONE);
	}

	/** MIN.6: rejected / (authorized + rejected) claims with a service date in year N. */
	static IndicatorResult rejection(IndicatorDefinition definition, ComputationContext context) {
		ClaimTable register = RegisterCache.tables(context.evaluation()).claims();
		AccountingCalendar calendar = calendar(context);
		int first = calendar.firstDayNumber();
		int last = calendar.lastDayNumber();
		long rejected = 0;
		long decided = 0;
		for (int row = 0; row < register.size(); row++) {
			int service = register.service(row);
			ClaimStatus status = register.status(row);
			if (service >= first && service <= last && status != ClaimStatus.PENDING) {
				decided++;
				rejected += status == ClaimStatus.REJECTED ? 1 : 0;
			}
		}
		LocalizedText source = Texts.text("rejection.source", context.year());
		LocalizedText missing = Texts.text("rejection.missing", context.year());
		return InputSet.of(definition)
				.add("claims rejected", decided == 0 ? Optional.empty() : value(rejected, source), missing)
				.add("claims decided", decided == 0 ? Optional.empty() : value(decided, source), missing)
				.percentage("claims rejected", "claims decided");
	}

	/** MIN.7: (insured at the end of N - insured at the end of N-1) / insured at the end of N-1. */
	static IndicatorResult growth(IndicatorDefinition definition, ComputationContext context) {
		int year = context.year();
		InputSet inputs = InputSet.of(definition)
				.add("insured N", insuredAtYearEnd(context, year), Texts.text("insured.missing", year))
				.add("insured N-1", insuredAtYearEnd(context, year - 1),
						Texts.text("insured.missingPrevious", year - 1, year));
		if (!inputs.isComplete()) {
			return inputs.missingResult();
		}
		BigDecimal previous = inputs.value("insured N-1");
		return inputs.divide(inputs.value("insured N").subtract(previous), previous, inputs.provenance("insured N-1"), HUNDRED);
	}

	/** MIN.8: insured at the end of N / target population of N. */
	static IndicatorResult coverage(IndicatorDefinition definition, ComputationContext context) {
		int year = context.year();
		return InputSet.of(definition)
				.add("insured N", insuredAtYearEnd(context, year), Texts.text("insured.missing", year))
				.add("target population", new MembershipFigures(context.evaluation()).targetPopulation(year),
						Texts.text("targetPopulation.missing", year))
				.percentage("insured N", "target population");
	}

	/**
	 * @return Y of the last month of {@code year}; without that year's sheet, the balance of Table 7
	 *         in January of the next year gives it: Y_0 = Y_1 - Y1_1 + Y2_1
	 */
	private static Optional<SourcedValue> insuredAtYearEnd(ComputationContext context, int year) {
		MembershipFigures figures = new MembershipFigures(context.evaluation());
		OptionalLong december = figures.sheets(year).beneficiaries().value(BeneficiaryColumn.Y, 12);
		if (december.isPresent()) {
			return value(december.getAsLong(), Texts.text("insured.december", year));
		}
		BeneficiarySheet next = figures.sheets(year + 1).beneficiaries();
		OptionalLong y = next.value(BeneficiaryColumn.Y, 1);
		OptionalLong joined = next.value(BeneficiaryColumn.Y1, 1);
		OptionalLong left = next.value(BeneficiaryColumn.Y2, 1);
		if (y.isPresent() && joined.isPresent() && left.isPresent()) {
			return value(y.getAsLong() - joined.getAsLong() + left.getAsLong(), Texts.text("insured.january", year + 1));
		}
		return Optional.empty();
	}

	private static AccountingCalendar calendar(ComputationContext context) {
		return AccountingCalendar.of(context.evaluation().getScheme(), context.year());
	}

	private static Optional<SourcedValue> value(long amount, LocalizedText source) {
		return Optional.of(new SourcedValue(BigDecimal.valueOf(amount), source));
	}
}
