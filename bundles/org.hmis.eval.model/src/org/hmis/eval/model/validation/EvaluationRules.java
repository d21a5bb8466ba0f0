/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.validation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.BudgetLine;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.ClaimsListingEntry;
import org.hmis.eval.model.ExclusionSurvey;
import org.hmis.eval.model.HiddenCost;
import org.hmis.eval.model.MonthlyBeneficiaries;
import org.hmis.eval.model.PopulationFigures;
import org.hmis.eval.model.RiskPortfolioEntry;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.SurveyCase;
import org.hmis.eval.model.accounts.AccountLineCatalog;
import org.hmis.eval.model.accounts.AccountLineDefinition;
import org.hmis.eval.model.accounts.AccountLines;
import org.hmis.eval.model.accounts.SourcedValue;

/**
 * The guide's consistency rules, as an EMF validator of accounting years: a balanced balance
 * sheet, subtotals that agree with their lines, Table 7 months that follow from each other
 * (X_j = X_(j-1) + X1_j - X2_j, and the same for Y), months 1 to 12 given once, amounts that are
 * not negative, a growth rate that is a fraction, percentages between 0 and 100, quarters 1 to 4,
 * survey cases that end after they start, and claims whose provider and category the
 * scheme knows ({@link DeclaredNameRules}).
 */
public final class EvaluationRules implements EValidator {

	/** Source of the diagnostics, as EMF diagnostics name their origin. */
	public static final String SOURCE = "org.hmis.eval.model.validation";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final RuleMessages messages;

	/** Rules whose messages are in English, the language of the headless command. */
	public EvaluationRules() {
		this(Locale.ENGLISH);
	}

	/** Rules whose messages are in the given language (English or French). */
	public EvaluationRules(Locale locale) {
		this.messages = new RuleMessages(locale);
	}

	@Override
	public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(object.eClass(), object, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (object instanceof Evaluation evaluation) {
			return DeclaredNameRules.validate(evaluation, diagnostics, messages);
		}
		if (object instanceof Registers registers) {
			Scheme scheme = registers.eContainer() instanceof Evaluation evaluation ? evaluation.getScheme() : null;
			return RegisterRules.validate(registers, scheme, diagnostics, messages);
		}
		if (!(object instanceof AccountingYear year)) {
			return true;
		}
		Problems problems = new Problems(year, diagnostics, messages);
		balanceSheet(year, problems);
		subtotals(year, problems);
		beneficiaryMonths(year, problems);
		amounts(year, problems);
		assessments(year, problems);
		return problems.valid;
	}

	@Override
	public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	private static void balanceSheet(AccountingYear year, Problems problems) {
		AccountLines lines = AccountLines.of(year);
		Optional<BigDecimal> assets = lines.line("7").map(SourcedValue::amount);
		Optional<BigDecimal> liabilities = lines.line("19").map(SourcedValue::amount);
		if (assets.isPresent() && liabilities.isPresent() && assets.get().compareTo(liabilities.get()) != 0) {
			problems.error("balance", plain(assets.get()), plain(liabilities.get()));
		}
	}

	private static void subtotals(AccountingYear year, Problems problems) {
		AccountLines lines = AccountLines.of(year);
		for (AccountLineDefinition line : AccountLineCatalog.all()) {
			Optional<BigDecimal> entered = lines.entered(line.code());
			Optional<BigDecimal> derived = lines.derivedFromTerms(line.code());
			if (line.isDerived() && entered.isPresent() && derived.isPresent()
					&& entered.get().compareTo(derived.get()) != 0) {
				problems.warning("subtotal", line.code(), plain(entered.get()), line.rule(), plain(derived.get()));
			}
		}
	}

	private static void beneficiaryMonths(AccountingYear year, Problems problems) {
		MonthlyBeneficiaries[] months = new MonthlyBeneficiaries[13];
		Set<Integer> seen = new HashSet<>();
		for (MonthlyBeneficiaries month : year.getMonthlyBeneficiaries()) {
			if (month.getMonth() < 1 || month.getMonth() > 12) {
				problems.error("t7.month", month.getMonth());
			} else if (!seen.add(month.getMonth())) {
				problems.error("t7.twice", month.getMonth());
			} else {
				months[month.getMonth()] = month;
			}
		}
		for (int j = 2; j <= 12; j++) {
			continuity(problems, months[j - 1], months[j], j, "X", MonthlyBeneficiaries::getX,
					MonthlyBeneficiaries::getX1, MonthlyBeneficiaries::getX2);
			continuity(problems, months[j - 1], months[j], j, "Y", MonthlyBeneficiaries::getY,
					MonthlyBeneficiaries::getY1, MonthlyBeneficiaries::getY2);
		}
	}

	private static void continuity(Problems problems, MonthlyBeneficiaries previous, MonthlyBeneficiaries month, int j,
			String column, Function<MonthlyBeneficiaries, Long> total, Function<MonthlyBeneficiaries, Long> arrivals,
			Function<MonthlyBeneficiaries, Long> departures) {
		if (previous == null || month == null) {
			return;
		}
		List<Long> values = Arrays.asList(total.apply(previous), arrivals.apply(month),
				departures.apply(month), total.apply(month));
		if (values.contains(null)) {
			return;
		}
		long expected = values.get(0) + values.get(1) - values.get(2);
		if (expected != values.get(3)) {
			problems.error("t7.continuity", j, column, values.get(3), j - 1, expected);
		}
	}

	private static void amounts(AccountingYear year, Problems problems) {
		for (HiddenCost cost : year.getHiddenCosts()) {
			if (cost.getEstimatedCost() != null && cost.getEstimatedCost().signum() < 0) {
				problems.error("hidden.negative", cost.getActivity());
			}
		}
		for (ClaimsListingEntry entry : year.getClaimsListing()) {
			if (entry.getCount() < 0 || entry.getCost() != null && entry.getCost().signum() < 0) {
				problems.error("t8.negative", entry.getProvider(), entry.getCategory(), entry.getMonth());
			}
			if (entry.getMonth() < 1 || entry.getMonth() > 12) {
				problems.error("t8.month", entry.getMonth());
			}
		}
		PopulationFigures population = year.getPopulation();
		if (population != null && population.getGrowthRate() != null
				&& population.getGrowthRate().abs().compareTo(BigDecimal.ONE) > 0) {
			problems.error("t5.growth", plain(population.getGrowthRate()));
		}
	}

	/** Table 16 percentages and amounts, Tables 12/13 quarters, survey dates and counts. */
	private static void assessments(AccountingYear year, Problems problems) {
		for (RiskPortfolioEntry entry : year.getRiskPortfolio()) {
			BigDecimal percent = entry.getCopaymentPercent();
			if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
				problems.error("t16.percent", entry.getService(), plain(percent));
			}
			for (BigDecimal amount : Arrays.asList(entry.getDeductible(), entry.getMaximumBenefit())) {
				if (amount != null && amount.signum() < 0) {
					problems.error("t16.negative", entry.getService(), plain(amount));
				}
			}
		}
		for (BudgetLine line : year.getBudgetLines()) {
			if (line.getQuarter() < 1 || line.getQuarter() > 4) {
				problems.error("t12.quarter", line.getLine(), line.getQuarter());
			}
		}
		for (SurveyCase survey : year.getSurveyCases()) {
			if (survey.getStartDate() != null && survey.getEndDate() != null
					&& survey.getEndDate().isBefore(survey.getStartDate())) {
				problems.error("survey.dates", survey.getSurvey(), survey.getCaseId(), survey.getEndDate(),
						survey.getStartDate());
			}
		}
		for (ExclusionSurvey survey : year.getExclusionSurveys()) {
			if (survey.getPatients() != null && survey.getExcludedForMoney() != null
					&& survey.getExcludedForMoney() > survey.getPatients()) {
				problems.error("exclusion.more", survey.getGroup(), survey.getExcludedForMoney(), survey.getPatients());
			}
		}
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/** Adds diagnostics about one accounting year, prefixed with the year. */
	private static final class Problems {

		private final AccountingYear year;
		private final DiagnosticChain chain;
		private final RuleMessages messages;
		private boolean valid = true;

		Problems(AccountingYear year, DiagnosticChain chain, RuleMessages messages) {
			this.year = year;
			this.chain = chain;
			this.messages = messages;
		}

		void error(String key, Object... arguments) {
			add(Diagnostic.ERROR, key, arguments);
			valid = false;
		}

		void warning(String key, Object... arguments) {
			add(Diagnostic.WARNING, key, arguments);
		}

		private void add(int severity, String key, Object... arguments) {
			if (chain != null) {
				String message = messages.get("in.year", year.getYear(), messages.get(key, arguments));
				chain.add(new BasicDiagnostic(severity, SOURCE, 0, message, new Object[] { year }));
			}
		}
	}
}
