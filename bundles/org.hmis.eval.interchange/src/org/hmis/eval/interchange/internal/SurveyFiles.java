/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ExclusionSurvey;
import org.hmis.eval.model.Investment;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.RenewalSummary;
import org.hmis.eval.model.SurveyCase;

/**
 * Reads {@code investments.csv} (Table 14, specification section 1) and two extensions of the
 * interchange format described in docs/interchange-extensions.md: {@code survey_samples.csv} (the
 * beneficiary and non-beneficiary samples of E.3, E.4 and E.5) and {@code renewal_summary.csv}
 * (members, new members and lapses per year, for M.2 without a contracts register).
 */
public final class SurveyFiles {

	public static final String INVESTMENTS = "investments.csv";
	public static final String SURVEY_SAMPLES = "survey_samples.csv";
	public static final String RENEWAL_SUMMARY = "renewal_summary.csv";
	public static final String EXCLUSION_SURVEY = "exclusion_survey.csv";

	private static final Set<String> SURVEYS = Set.of("latent_period", "length_of_stay", "hospital_cost");
	private static final Set<String> GROUPS = Set.of("beneficiary", "non_beneficiary");

	private SurveyFiles() {
	}

	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		CsvTable.read(folder, INVESTMENTS, Set.of("asset_class", "book_value"), Set.of("market_value", "expected_yield"),
				problems).ifPresent(table -> readInvestments(table, evaluation));
		CsvTable.read(folder, SURVEY_SAMPLES, Set.of("year", "survey", "group", "case_id"),
				Set.of("start_date", "end_date", "cost"), problems).ifPresent(table -> readSamples(table, evaluation));
		CsvTable.read(folder, RENEWAL_SUMMARY, Set.of("year", "members"), Set.of("new_members", "lapses"), problems)
				.ifPresent(table -> readRenewals(table, evaluation));
		CsvTable.read(folder, EXCLUSION_SURVEY, Set.of("year", "group", "patients", "excluded_for_money"), Set.of(),
				problems).ifPresent(table -> readExclusions(table, evaluation));
	}

	private static void readExclusions(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			Optional<String> group = row.choice("group", GROUPS, null);
			Optional<Long> patients = row.count("patients", true);
			Optional<Long> excluded = row.count("excluded_for_money", true);
			if (year.isEmpty() || group.isEmpty() || patients.isEmpty() || excluded.isEmpty()
					|| !keys.isNew(row, "exclusion survey of " + group.get() + " for " + year.get(), year.get(), group.get())) {
				continue;
			}
			if (excluded.get() > patients.get()) {
				row.error("excluded_for_money " + excluded.get() + " exceeds patients " + patients.get());
				continue;
			}
			ExclusionSurvey survey = ModelFactory.eINSTANCE.createExclusionSurvey();
			survey.setGroup(group.get());
			survey.setPatients(patients.get());
			survey.setExcludedForMoney(excluded.get());
			YearIndex.yearOf(evaluation, year.get()).getExclusionSurveys().add(survey);
		}
	}

	private static void readInvestments(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<String> assetClass = row.requiredText("asset_class");
			Optional<BigDecimal> book = row.amount("book_value", true);
			Investment investment = ModelFactory.eINSTANCE.createInvestment();
			row.amount("market_value", false).ifPresent(investment::setMarketValue);
			row.signedOptional("expected_yield").ifPresent(investment::setExpectedYield);
			if (assetClass.isEmpty() || book.isEmpty()
					|| !keys.isNew(row, "asset_class '" + assetClass.get() + "'", assetClass.get())) {
				continue;
			}
			investment.setAssetClass(assetClass.get());
			investment.setBookValue(book.get());
			evaluation.getInvestments().add(investment);
		}
	}

	private static void readSamples(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			Optional<String> survey = row.choice("survey", SURVEYS, null);
			Optional<String> group = row.choice("group", GROUPS, null);
			Optional<String> caseId = row.requiredText("case_id");
			Optional<LocalDate> start = row.date("start_date", false);
			Optional<LocalDate> end = row.date("end_date", false);
			Optional<BigDecimal> cost = row.amount("cost", false);
			if (year.isEmpty() || survey.isEmpty() || group.isEmpty() || caseId.isEmpty()
					|| !complete(row, survey.get(), start, end, cost)
					|| !keys.isNew(row, survey.get() + " case '" + caseId.get() + "' for " + year.get(), year.get(),
							survey.get(), caseId.get())) {
				continue;
			}
			SurveyCase surveyCase = ModelFactory.eINSTANCE.createSurveyCase();
			surveyCase.setSurvey(survey.get());
			surveyCase.setGroup(group.get());
			surveyCase.setCaseId(caseId.get());
			start.ifPresent(surveyCase::setStartDate);
			end.ifPresent(surveyCase::setEndDate);
			cost.ifPresent(surveyCase::setCost);
			YearIndex.yearOf(evaluation, year.get()).getSurveyCases().add(surveyCase);
		}
	}

	/** A duration survey needs both dates in order; a cost survey needs the cost. */
	private static boolean complete(CsvRow row, String survey, Optional<LocalDate> start, Optional<LocalDate> end,
			Optional<BigDecimal> cost) {
		if ("hospital_cost".equals(survey)) {
			if (cost.isEmpty()) {
				row.error("cost is empty (a hospital_cost case needs it)");
				return false;
			}
			return true;
		}
		if (start.isEmpty() || end.isEmpty()) {
			row.error("start_date and end_date are both needed for a " + survey + " case");
			return false;
		}
		if (end.get().isBefore(start.get())) {
			row.error("end_date " + end.get() + " is before start_date " + start.get());
			return false;
		}
		return true;
	}

	private static void readRenewals(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			Optional<Long> members = row.count("members", true);
			RenewalSummary summary = ModelFactory.eINSTANCE.createRenewalSummary();
			row.count("new_members", false).ifPresent(summary::setNewMembers);
			row.count("lapses", false).ifPresent(summary::setLapses);
			if (year.isEmpty() || members.isEmpty() || !keys.isNew(row, "renewal summary for " + year.get(), year.get())) {
				continue;
			}
			if (summary.getNewMembers() != null && summary.getNewMembers() > members.get()) {
				row.error("new_members " + summary.getNewMembers() + " exceeds members " + members.get());
				continue;
			}
			summary.setMembers(members.get());
			YearIndex.yearOf(evaluation, year.get()).setRenewalSummary(summary);
		}
	}
}
