/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.effectiveness.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.hmis.eval.indicators.BreakdownEntry;
import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.ExclusionSurvey;
import org.hmis.eval.model.SurveyGroup;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;

/**
 * E.6: the share of beneficiaries' cases of illness left without care for lack of money, from a
 * household survey (exclusion_survey.csv). The non-beneficiaries' rate, when surveyed, is given in
 * the breakdown for comparison.
 */
final class ExclusionRate {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ExclusionRate() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		int year = context.year();
		List<ExclusionSurvey> surveys = context.rowsOfYear(AccountingYear::getExclusionSurveys);
		Optional<ExclusionSurvey> beneficiaries = group(surveys, SurveyGroup.BENEFICIARY);
		LocalizedText missing = Texts.text("exclusion.missing", year);
		LocalizedText source = Texts.text("exclusion.source", year);
		IndicatorResult result = InputSet.of(definition)
				.add("excluded for money", beneficiaries.map(s -> new SourcedValue(BigDecimal.valueOf(s.getExcludedForMoney()),
						source)), missing)
				.add("patients", beneficiaries.map(s -> new SourcedValue(BigDecimal.valueOf(s.getPatients()), source)),
						missing)
				.percentage("excluded for money", "patients");
		if (!result.isComputable()) {
			return result;
		}
		Optional<BigDecimal> others = group(surveys, SurveyGroup.NON_BENEFICIARY)
				.filter(s -> s.getPatients() > 0).map(s -> BigDecimal.valueOf(s.getExcludedForMoney()).multiply(HUNDRED)
						.divide(BigDecimal.valueOf(s.getPatients()), InputSet.PRECISION));
		return result.withBreakdown(List.of(new BreakdownEntry("beneficiaries", result.value()),
				new BreakdownEntry("non-beneficiaries", others)));
	}

	private static Optional<ExclusionSurvey> group(List<ExclusionSurvey> surveys, SurveyGroup group) {
		return surveys.stream().filter(survey -> survey.getGroup() == group).findFirst();
	}
}
