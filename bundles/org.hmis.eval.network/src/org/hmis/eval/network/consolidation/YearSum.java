/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network.consolidation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.MembershipAverages;
import org.hmis.eval.model.MembershipMixEntry;
import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.PopulationFigures;
import org.hmis.eval.model.PopulationGroup;
import org.hmis.eval.model.RenewalSummary;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.sheets.MembershipFigures;
import org.hmis.eval.sheets.YearSheets;

/**
 * One accounting year of a consolidated evaluation: the additive data of the members' same year,
 * summed. Account lines ({@link AccountsSum}) and hidden costs add up over the members that have
 * them (an empty line is zero, no hidden cost is none); every other block (Table 5, Table 7 and its
 * averages, Table 8, the I.4 groups, the membership mix, the renewal summary) is summed only when
 * every member has it, and left out otherwise. What cannot be summed (checklists, Table 16, surveys,
 * provider activity, the qualitative tables) is never copied: see {@link NonAdditive}.
 */
final class YearSum {

	private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

	private YearSum() {
	}

	/** @return the summed year, or empty when no member has anything for it */
	static Optional<AccountingYear> of(int year, List<Evaluation> members) {
		AccountingYear sum = FACTORY.createAccountingYear();
		sum.setYear(year);
		List<AccountingYear> entered = members.stream().map(member -> find(member, year))
				.filter(Objects::nonNull).toList();
		AccountsSum.of(entered).forEach((code, amount) -> {
			AccountLine line = FACTORY.createAccountLine();
			line.setCode(code);
			line.setAmount(amount);
			sum.getAccountLines().add(line);
		});
		entered.forEach(member -> member.getHiddenCosts().forEach(cost -> sum.getHiddenCosts().add(EcoreUtil.copy(cost))));
		boolean all = entered.size() == members.size();
		if (all) {
			population(entered, sum);
			groups(entered, AccountingYear::getPopulationGroups, sum.getPopulationGroups());
			groups(entered, AccountingYear::getBeneficiaryGroups, sum.getBeneficiaryGroups());
			mix(entered, sum);
			renewal(entered, sum);
		}
		var sheets = members.stream().map(member -> YearSheets.of(member, year)).toList();
		SheetsSum.beneficiaries(sheets, sum);
		SheetsSum.claims(sheets, sum);
		averages(year, members, sum);
		boolean empty = sum.getAccountLines().isEmpty() && sum.getHiddenCosts().isEmpty()
				&& sum.getMonthlyBeneficiaries().isEmpty() && sum.getClaimsListing().isEmpty()
				&& sum.getMembershipAverages() == null && sum.getPopulation() == null;
		return empty ? Optional.empty() : Optional.of(sum);
	}

	private static AccountingYear find(Evaluation evaluation, int year) {
		return evaluation.getYears().stream().filter(candidate -> candidate.getYear() == year).findFirst().orElse(null);
	}

	/** Table 5: populations and areas add up; rates, sizes and incomes do not, and are left out. */
	private static void population(List<AccountingYear> years, AccountingYear sum) {
		if (years.stream().anyMatch(year -> year.getPopulation() == null)) {
			return;
		}
		PopulationFigures population = FACTORY.createPopulationFigures();
		population.setAreaPopulation(sumLong(years, figures -> figures.getPopulation().getAreaPopulation()));
		population.setTargetPopulation(sumLong(years, figures -> figures.getPopulation().getTargetPopulation()));
		population.setAreaKm2(sumDecimal(years, figures -> figures.getPopulation().getAreaKm2()));
		sum.setPopulation(population);
	}

	private static Long sumLong(List<AccountingYear> years, Function<AccountingYear, Long> value) {
		long total = 0;
		for (AccountingYear year : years) {
			Long figure = value.apply(year);
			if (figure == null) {
				return null;
			}
			total += figure;
		}
		return total;
	}

	private static BigDecimal sumDecimal(List<AccountingYear> years, Function<AccountingYear, BigDecimal> value) {
		BigDecimal total = BigDecimal.ZERO;
		for (AccountingYear year : years) {
			BigDecimal figure = value.apply(year);
			if (figure == null) {
				return null;
			}
			total = total.add(figure);
		}
		return total;
	}

	private static void groups(List<AccountingYear> years, Function<AccountingYear, EList<PopulationGroup>> groups,
			EList<PopulationGroup> into) {
		if (years.stream().anyMatch(year -> groups.apply(year).isEmpty())) {
			return;
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		years.forEach(year -> groups.apply(year).forEach(group -> counts.merge(group.getCategory(), group.getCount(), Long::sum)));
		counts.forEach((category, count) -> {
			PopulationGroup group = FACTORY.createPopulationGroup();
			group.setCategory(category);
			group.setCount(count);
			into.add(group);
		});
	}

	private static void mix(List<AccountingYear> years, AccountingYear sum) {
		if (years.stream().anyMatch(year -> year.getMembershipMix().isEmpty())) {
			return;
		}
		record Kind(MembershipType type, MembershipUnit unit) {
		}
		Map<Kind, Long> beneficiaries = new LinkedHashMap<>();
		years.forEach(year -> year.getMembershipMix().forEach(entry -> beneficiaries
				.merge(new Kind(entry.getMembershipType(), entry.getMembershipUnit()), entry.getBeneficiaries(), Long::sum)));
		beneficiaries.forEach((kind, count) -> {
			MembershipMixEntry entry = FACTORY.createMembershipMixEntry();
			entry.setMembershipType(kind.type());
			entry.setMembershipUnit(kind.unit());
			entry.setBeneficiaries(count);
			sum.getMembershipMix().add(entry);
		});
	}

	private static void renewal(List<AccountingYear> years, AccountingYear sum) {
		if (years.stream().anyMatch(year -> year.getRenewalSummary() == null)) {
			return;
		}
		RenewalSummary renewal = FACTORY.createRenewalSummary();
		renewal.setMembers(sumLong(years, year -> year.getRenewalSummary().getMembers()));
		renewal.setNewMembers(sumLong(years, year -> year.getRenewalSummary().getNewMembers()));
		renewal.setLapses(sumLong(years, year -> year.getRenewalSummary().getLapses()));
		sum.setRenewalSummary(renewal);
	}

	/**
	 * The annual averages of Table 7 (members, beneficiaries, dependants, members in old and new
	 * areas) as each member's figures give them, from its monthly sheet, its registers or its entered
	 * averages: summed when every member has the figure.
	 */
	private static void averages(int year, List<Evaluation> members, AccountingYear sum) {
		List<MembershipFigures> figures = members.stream().map(MembershipFigures::new).toList();
		MembershipAverages averages = FACTORY.createMembershipAverages();
		averages.setMembers(total(figures, member -> member.members(year)));
		averages.setBeneficiaries(total(figures, member -> member.beneficiaries(year)));
		averages.setDependents(total(figures, member -> member.dependents(year)));
		averages.setMembersOldAreas(total(figures, member -> member.membersInOldAreas(year)));
		averages.setMembersNewAreas(total(figures, member -> member.membersInNewAreas(year)));
		if (averages.getMembers() != null || averages.getBeneficiaries() != null || averages.getDependents() != null
				|| averages.getMembersOldAreas() != null || averages.getMembersNewAreas() != null) {
			sum.setMembershipAverages(averages);
		}
	}

	private static BigDecimal total(List<MembershipFigures> members,
			Function<MembershipFigures, Optional<SourcedValue>> figure) {
		BigDecimal total = BigDecimal.ZERO;
		for (MembershipFigures member : members) {
			Optional<SourcedValue> value = figure.apply(member);
			if (value.isEmpty()) {
				return null;
			}
			total = total.add(value.get().amount());
		}
		return total;
	}
}
