/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.effectiveness.internal;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.SurveyCase;
import org.hmis.eval.model.SurveyGroup;
import org.hmis.eval.model.SurveyKind;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;

/**
 * E.3, E.4 and E.5: the same measure averaged over a sample of beneficiaries and a sample of
 * non-beneficiaries (survey_samples.csv), and the difference non-beneficiaries minus
 * beneficiaries. A duration is the number of days between the case's two dates; E.5 averages the
 * cost of the stay.
 */
final class SampleComparison {

	private SampleComparison() {
	}

	/** @return the calculator of the mean over one group (E.3.1, E.3.2, E.4.1, E.4.2) */
	static IndicatorCalculator mean(SurveyKind survey, SurveyGroup group) {
		return (definition, context) -> {
			InputSet inputs = InputSet.of(definition);
			Sample sample = sample(context, survey, group);
			inputs.add("total", sample.total(), sample.missing())
					.add("cases", sample.count(), sample.missing());
			return inputs.quotient("total", "cases", BigDecimal.ONE);
		};
	}

	/** @return the calculator of (mean of non-beneficiaries) - (mean of beneficiaries) (E.3, E.4, E.5) */
	static IndicatorCalculator difference(SurveyKind survey) {
		return (definition, context) -> {
			Sample beneficiaries = sample(context, survey, SurveyGroup.BENEFICIARY);
			Sample others = sample(context, survey, SurveyGroup.NON_BENEFICIARY);
			InputSet inputs = InputSet.of(definition)
					.add("mean of beneficiaries", beneficiaries.mean(), beneficiaries.missing())
					.add("mean of non-beneficiaries", others.mean(), others.missing());
			if (!inputs.isComplete()) {
				return inputs.missingResult();
			}
			return inputs.result(inputs.value("mean of non-beneficiaries").subtract(inputs.value("mean of beneficiaries")));
		};
	}

	private static Sample sample(ComputationContext context, SurveyKind survey, SurveyGroup group) {
		List<SurveyCase> cases = context.rowsOfYear(AccountingYear::getSurveyCases).stream()
				.filter(c -> c.getSurvey() == survey && c.getGroup() == group).toList();
		return new Sample(survey, group, context.year(), cases);
	}

	/** The cases of one survey and group in year N. */
	private record Sample(SurveyKind survey, SurveyGroup group, int year, List<SurveyCase> cases) {

		Optional<SourcedValue> total() {
			if (cases.isEmpty()) {
				return Optional.empty();
			}
			BigDecimal total = BigDecimal.ZERO;
			for (SurveyCase c : cases) {
				total = total.add(survey == SurveyKind.HOSPITAL_COST ? c.getCost()
						: BigDecimal.valueOf(ChronoUnit.DAYS.between(c.getStartDate(), c.getEndDate())));
			}
			String what = survey == SurveyKind.HOSPITAL_COST ? "sample.sumOfCosts" : "sample.sumOfDays";
			return Optional.of(new SourcedValue(total, source(Texts.text(what))));
		}

		Optional<SourcedValue> count() {
			return cases.isEmpty() ? Optional.empty()
					: Optional.of(new SourcedValue(BigDecimal.valueOf(cases.size()), source(Texts.text("sample.cases"))));
		}

		Optional<SourcedValue> mean() {
			return total().map(total -> new SourcedValue(
					total.amount().divide(BigDecimal.valueOf(cases.size()), InputSet.PRECISION),
					source(Texts.text("sample.mean", cases.size()))));
		}

		LocalizedText missing() {
			return Texts.text("sample.missing", surveyLabel(), groupLabel(), year);
		}

		/** What the survey measures, in words (its interchange code is latent_period, ...). */
		private LocalizedText surveyLabel() {
			return Texts.text("sample.survey." + survey.getLiteral());
		}

		private LocalizedText groupLabel() {
			return Texts.text(group == SurveyGroup.BENEFICIARY ? "sample.beneficiaries" : "sample.nonBeneficiaries");
		}

		private LocalizedText source(LocalizedText what) {
			return Texts.text("sample.source", surveyLabel(), groupLabel(), what, year);
		}
	}
}
