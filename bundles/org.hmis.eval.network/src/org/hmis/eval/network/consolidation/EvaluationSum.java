/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network.consolidation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.Scheme;

/**
 * The consolidated evaluation of a set of mutuals: one evaluation whose additive data are the sums
 * of theirs, year by year ({@link YearSum}), so that the installed indicator families compute every
 * ratio from summed numerators and summed denominators, as they would for one large mutual.
 * Investments (Table 14) are the members' rows side by side. The scheme keeps the members' rules
 * (enrolment, payment, accounting year) only when they all share them; it declares no list of
 * providers or categories, so the members' names are all accepted.
 */
final class EvaluationSum {

	private EvaluationSum() {
	}

	/**
	 * @param name the consolidated organization's name, given to the scheme
	 * @param members the mutuals' evaluations, none null
	 * @param years the years the indicators look at, besides those the members carry
	 */
	static Evaluation of(String name, List<Evaluation> members, Set<Integer> years) {
		Evaluation sum = ModelFactory.eINSTANCE.createEvaluation();
		sum.setTitle(name);
		sum.setScheme(scheme(name, members));
		members.forEach(member -> member.getInvestments().forEach(row -> sum.getInvestments().add(EcoreUtil.copy(row))));
		Set<Integer> all = new TreeSet<>(years);
		members.forEach(member -> member.getYears().forEach(year -> all.add(year.getYear())));
		for (int year : all) {
			YearSum.of(year, members).ifPresent(sum.getYears()::add);
		}
		return sum;
	}

	private static Scheme scheme(String name, List<Evaluation> members) {
		Scheme scheme = ModelFactory.eINSTANCE.createScheme();
		scheme.setName(name);
		List<Scheme> schemes = members.stream().map(Evaluation::getScheme).filter(Objects::nonNull).toList();
		if (schemes.size() != members.size() || schemes.isEmpty()) {
			return scheme;
		}
		scheme.setCurrency(shared(schemes, Scheme::getCurrency));
		scheme.setCountry(shared(schemes, Scheme::getCountry));
		Integer startMonth = shared(schemes, Scheme::getAccountingYearStartMonth);
		if (startMonth != null) {
			scheme.setAccountingYearStartMonth(startMonth);
		}
		scheme.setEnrolment(shared(schemes, Scheme::getEnrolment));
		scheme.setPremiumPayment(shared(schemes, Scheme::getPremiumPayment));
		scheme.setPaymentSystem(shared(schemes, Scheme::getPaymentSystem));
		Integer window = shared(schemes, Scheme::getRenewalWindowDays);
		if (window != null) {
			scheme.setRenewalWindowDays(window);
		}
		scheme.setFirstYearOfOperation(schemes.stream().map(Scheme::getFirstYearOfOperation).filter(Objects::nonNull)
				.min(Integer::compare).orElse(null));
		return scheme;
	}

	/** @return the value every member gives, or null when they differ or one gives none */
	private static <T> T shared(List<Scheme> schemes, Function<Scheme, T> value) {
		T first = value.apply(schemes.get(0));
		return schemes.stream().allMatch(scheme -> Objects.equals(value.apply(scheme), first)) ? first : null;
	}

	/** @return true when the members keep their accounts in more than one currency */
	static boolean mixesCurrencies(List<Evaluation> members) {
		return members.stream().map(Evaluation::getScheme).filter(Objects::nonNull).map(Scheme::getCurrency)
				.filter(Objects::nonNull).distinct().count() > 1;
	}

	/** @return the currencies of the members, for a message */
	static String currencies(List<Evaluation> members) {
		return String.join(", ", members.stream().map(Evaluation::getScheme).filter(Objects::nonNull)
				.map(Scheme::getCurrency).filter(Objects::nonNull).distinct().sorted().toList());
	}
}
