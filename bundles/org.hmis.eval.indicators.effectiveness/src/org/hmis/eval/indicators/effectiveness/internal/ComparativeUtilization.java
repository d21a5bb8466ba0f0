/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.effectiveness.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.ProviderActivity;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;

/**
 * E.2: beneficiaries' rate of use of non-programmed hospitalization (E.1) over the rate of the
 * rest of the population (their hospitalizations per 100 people, from the providers' activity).
 * Computed from the unrounded rates; the guide divides the rates rounded to one decimal.
 */
final class ComparativeUtilization {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ComparativeUtilization() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		IndicatorResult e1 = UtilizationRate.calculate(definition, context);
		int year = context.year();
		LocalizedText where = Texts.text("comparative.activity", UtilizationRate.REFERENCE_CATEGORY, year);
		// E.1's own reason, in the same language as the phrase that quotes it.
		LocalizedText whyNoE1 = e1.reason().map(reason -> LocalizedText.of(reason::message))
				.orElse(LocalizedText.literal(""));
		InputSet inputs = InputSet.of(definition)
				.add("E.1", e1.value().map(value -> new SourcedValue(value, Texts.text("comparative.e1", year))),
						Texts.text("comparative.e1.missing", year, whyNoE1))
				.add("non-beneficiary services", sum(context, year, ProviderActivity::getNonBeneficiaryServices, where),
						Texts.text("comparative.servicesMissing", year))
				.add("non-beneficiary population", sum(context, year, ProviderActivity::getNonBeneficiaryPopulation, where),
						Texts.text("comparative.populationMissing", year));
		if (!inputs.isComplete()) {
			return inputs.missingResult();
		}
		BigDecimal population = inputs.value("non-beneficiary population");
		if (population.signum() == 0) {
			return inputs.divide(BigDecimal.ONE, BigDecimal.ZERO, inputs.provenance("non-beneficiary population"), BigDecimal.ONE);
		}
		BigDecimal othersRate = inputs.value("non-beneficiary services").multiply(HUNDRED).divide(population,
				InputSet.PRECISION);
		return inputs.divide(inputs.value("E.1"), othersRate, Texts.text("comparative.othersRate"), BigDecimal.ONE);
	}

	private static Optional<SourcedValue> sum(ComputationContext context, int year,
			Function<ProviderActivity, Long> value, LocalizedText source) {
		Optional<AccountingYear> accountingYear = context.accountingYear(year);
		if (accountingYear.isEmpty()) {
			return Optional.empty();
		}
		long total = 0;
		boolean any = false;
		for (ProviderActivity activity : accountingYear.get().getProviderActivity()) {
			Long figure = value.apply(activity);
			if (UtilizationRate.REFERENCE_CATEGORY.equals(activity.getCategory()) && figure != null) {
				total += figure;
				any = true;
			}
		}
		return any ? Optional.of(new SourcedValue(BigDecimal.valueOf(total), source)) : Optional.empty();
	}
}
