/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.validation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.ClaimsListingEntry;
import org.hmis.eval.model.HiddenCost;
import org.hmis.eval.model.MonthlyBeneficiaries;
import org.hmis.eval.model.PopulationFigures;
import org.hmis.eval.model.accounts.AccountLineCatalog;
import org.hmis.eval.model.accounts.AccountLineDefinition;
import org.hmis.eval.model.accounts.AccountLines;
import org.hmis.eval.model.accounts.SourcedValue;

/**
 * The guide's consistency rules, as an EMF validator of accounting years: a balanced balance
 * sheet, subtotals that agree with their lines, Table 7 months that follow from each other
 * (X_j = X_(j-1) + X1_j - X2_j, and the same for Y), months 1 to 12 given once, amounts that are
 * not negative, a growth rate that is a fraction, and claims whose provider and category the
 * scheme knows ({@link DeclaredNameRules}).
 */
public final class EvaluationRules implements EValidator {

	/** Source of the diagnostics, as EMF diagnostics name their origin. */
	public static final String SOURCE = "org.hmis.eval.model.validation";

	@Override
	public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(object.eClass(), object, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (object instanceof Evaluation evaluation) {
			return DeclaredNameRules.validate(evaluation, diagnostics);
		}
		if (object instanceof Registers registers) {
			return RegisterRules.validate(registers, diagnostics);
		}
		if (!(object instanceof AccountingYear year)) {
			return true;
		}
		Problems problems = new Problems(year, diagnostics);
		balanceSheet(year, problems);
		subtotals(year, problems);
		beneficiaryMonths(year, problems);
		amounts(year, problems);
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
			problems.error("the balance sheet does not balance: total assets (line 7) " + plain(assets.get())
					+ " differ from total liabilities and equity (line 19) " + plain(liabilities.get()));
		}
	}

	private static void subtotals(AccountingYear year, Problems problems) {
		AccountLines lines = AccountLines.of(year);
		for (AccountLineDefinition line : AccountLineCatalog.all()) {
			Optional<BigDecimal> entered = lines.entered(line.code());
			Optional<BigDecimal> derived = lines.derivedFromTerms(line.code());
			if (line.isDerived() && entered.isPresent() && derived.isPresent()
					&& entered.get().compareTo(derived.get()) != 0) {
				problems.warning("line " + line.code() + " is entered as " + plain(entered.get()) + " but "
						+ line.rule() + " gives " + plain(derived.get()) + "; the computed value is used");
			}
		}
	}

	private static void beneficiaryMonths(AccountingYear year, Problems problems) {
		MonthlyBeneficiaries[] months = new MonthlyBeneficiaries[13];
		Set<Integer> seen = new HashSet<>();
		for (MonthlyBeneficiaries month : year.getMonthlyBeneficiaries()) {
			if (month.getMonth() < 1 || month.getMonth() > 12) {
				problems.error("Table 7 has a month " + month.getMonth() + "; months run from 1 to 12");
			} else if (!seen.add(month.getMonth())) {
				problems.error("Table 7 gives month " + month.getMonth() + " twice");
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
			problems.error("Table 7, month " + j + ": " + column + " is " + values.get(3) + " but " + column + " of month "
					+ (j - 1) + " + " + column + "1 - " + column + "2 gives " + expected);
		}
	}

	private static void amounts(AccountingYear year, Problems problems) {
		for (HiddenCost cost : year.getHiddenCosts()) {
			if (cost.getEstimatedCost() != null && cost.getEstimatedCost().signum() < 0) {
				problems.error("hidden cost '" + cost.getActivity() + "' is negative");
			}
		}
		for (ClaimsListingEntry entry : year.getClaimsListing()) {
			if (entry.getCount() < 0 || entry.getCost() != null && entry.getCost().signum() < 0) {
				problems.error("Table 8, " + entry.getProvider() + " / " + entry.getCategory() + ", month "
						+ entry.getMonth() + ": claims and costs cannot be negative");
			}
			if (entry.getMonth() < 1 || entry.getMonth() > 12) {
				problems.error("Table 8 has a month " + entry.getMonth() + "; months run from 1 to 12");
			}
		}
		PopulationFigures population = year.getPopulation();
		if (population != null && population.getGrowthRate() != null
				&& population.getGrowthRate().abs().compareTo(BigDecimal.ONE) > 0) {
			problems.error("Table 5: the growth rate " + plain(population.getGrowthRate())
					+ " is not a fraction (0.01 stands for 1 %)");
		}
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/** Adds diagnostics about one accounting year, prefixed with the year. */
	private static final class Problems {

		private final AccountingYear year;
		private final DiagnosticChain chain;
		private boolean valid = true;

		Problems(AccountingYear year, DiagnosticChain chain) {
			this.year = year;
			this.chain = chain;
		}

		void error(String message) {
			add(Diagnostic.ERROR, message);
			valid = false;
		}

		void warning(String message) {
			add(Diagnostic.WARNING, message);
		}

		private void add(int severity, String message) {
			if (chain != null) {
				chain.add(new BasicDiagnostic(severity, SOURCE, 0, year.getYear() + ": " + message, new Object[] { year }));
			}
		}
	}
}
