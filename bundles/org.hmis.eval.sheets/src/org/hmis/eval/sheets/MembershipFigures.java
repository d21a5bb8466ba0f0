/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.sheets.registers.AccountingCalendar;
import org.hmis.eval.sheets.registers.RegisterCache;
import org.hmis.eval.model.MembershipAverages;
import org.hmis.eval.model.PopulationFigures;
import org.hmis.eval.model.accounts.SourcedValue;

/**
 * The yearly membership and population figures the growth and coverage indicators use (M.1, M.3,
 * M.4, M.5, I.3, E.1), each with its source. An annual average comes from the year's monthly
 * sheet (Table 7) when all twelve months are given, otherwise from the averages entered for the
 * year, as the guide's Sucura example does for past years.
 */
public final class MembershipFigures {

	private final Evaluation evaluation;

	public MembershipFigures(Evaluation evaluation) {
		this.evaluation = evaluation;
	}

	/** @return the annual average number of members (Table 7, X) */
	public Optional<SourcedValue> members(int year) {
		return average(year, BeneficiaryColumn.X, MembershipAverages::getMembers, "averages.members");
	}

	/** @return the annual average number of beneficiaries (Table 7, Y) */
	public Optional<SourcedValue> beneficiaries(int year) {
		return average(year, BeneficiaryColumn.Y, MembershipAverages::getBeneficiaries, "averages.beneficiaries");
	}

	/** @return the annual average number of dependants */
	public Optional<SourcedValue> dependents(int year) {
		return average(year, BeneficiaryColumn.DEPENDENTS, MembershipAverages::getDependents, "averages.dependents");
	}

	/** @return the annual average number of members in areas already covered the year before */
	public Optional<SourcedValue> membersInOldAreas(int year) {
		Optional<SourcedValue> derived = fromRegisters(year, true);
		return derived.isPresent() ? derived : entered(year, MembershipAverages::getMembersOldAreas, "averages.membersOldAreas");
	}

	/** @return the annual average number of members in areas entered during the year */
	public Optional<SourcedValue> membersInNewAreas(int year) {
		Optional<SourcedValue> derived = fromRegisters(year, false);
		return derived.isPresent() ? derived : entered(year, MembershipAverages::getMembersNewAreas, "averages.membersNewAreas");
	}

	/** @return the target population of the year (Table 5) */
	public Optional<SourcedValue> targetPopulation(int year) {
		return population(year, PopulationFigures::getTargetPopulation, "population.target");
	}

	/** @return the population of the area of operations (Table 5) */
	public Optional<SourcedValue> areaPopulation(int year) {
		return population(year, PopulationFigures::getAreaPopulation, "population.area");
	}

	/** @return the year's monitoring sheets */
	public MonitoringSheets sheets(int year) {
		return YearSheets.of(evaluation, year);
	}

	private Optional<SourcedValue> average(int year, BeneficiaryColumn column,
			Function<MembershipAverages, BigDecimal> entered, String enteredKey) {
		Optional<BigDecimal> fromSheet = sheets(year).beneficiaries().annualAverage(column);
		if (fromSheet.isPresent()) {
			return Optional.of(new SourcedValue(fromSheet.get(), Texts.text("table7Average", column.key(), year)));
		}
		return entered(year, entered, enteredKey);
	}

	private Optional<SourcedValue> fromRegisters(int year, boolean oldAreas) {
		if (evaluation.getRegisters() == null) {
			return Optional.empty();
		}
		return RegisterCache.sheets(evaluation.getRegisters(), AccountingCalendar.of(evaluation.getScheme(), year))
				.averageMembersByAreaAge(oldAreas)
				.map(average -> new SourcedValue(average,
						Texts.text(oldAreas ? "register.membersOldAreas" : "register.membersNewAreas", year)));
	}

	private Optional<SourcedValue> entered(int year, Function<MembershipAverages, BigDecimal> value, String key) {
		AccountingYear accountingYear = accountingYear(year);
		if (accountingYear == null || accountingYear.getMembershipAverages() == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(value.apply(accountingYear.getMembershipAverages()))
				.map(amount -> new SourcedValue(amount, Texts.text(key, year)));
	}

	private Optional<SourcedValue> population(int year, Function<PopulationFigures, Long> value, String key) {
		AccountingYear accountingYear = accountingYear(year);
		if (accountingYear == null || accountingYear.getPopulation() == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(value.apply(accountingYear.getPopulation()))
				.map(amount -> new SourcedValue(BigDecimal.valueOf(amount), Texts.text(key, year)));
	}

	private AccountingYear accountingYear(int year) {
		return evaluation.getYears().stream().filter(candidate -> candidate.getYear() == year).findFirst().orElse(null);
	}
}
