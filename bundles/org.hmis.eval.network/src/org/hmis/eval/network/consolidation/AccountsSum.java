/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network.consolidation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.accounts.AccountLineCatalog;
import org.hmis.eval.model.accounts.AccountLineDefinition;
import org.hmis.eval.model.accounts.AccountLines;
import org.hmis.eval.model.accounts.SourcedValue;

/**
 * The lines of Tables 1 and 2 of several mutuals, summed line by line, to be entered as the lines
 * of a consolidated year. A subtotal is only broken down into its lines when every member that has
 * it has its lines too: a mutual that entered G alone, beside one that entered g1 to g4, gives the
 * sum of the two G's as G (its g-lines are unknown), never the other's g-lines passed off as G.
 * A line a member leaves empty counts as zero there, as {@link AccountLines} counts it.
 */
final class AccountsSum {

	private AccountsSum() {
	}

	/** @return the lines to enter, code to amount, for the members' years (none may be null) */
	static Map<String, BigDecimal> of(List<AccountingYear> years) {
		List<AccountLines> members = years.stream().map(AccountLines::of).toList();
		Map<String, BigDecimal> sum = new LinkedHashMap<>();
		for (String code : roots(years)) {
			add(code, members, sum);
		}
		return sum;
	}

	/** @return the lines no other line sums, then the lines entered outside the catalog (12.providers...) */
	private static Set<String> roots(List<AccountingYear> years) {
		Set<String> terms = new HashSet<>();
		for (AccountLineDefinition line : AccountLineCatalog.all()) {
			line.terms().forEach(term -> terms.add(unsigned(term)));
		}
		Set<String> roots = new LinkedHashSet<>();
		for (AccountLineDefinition line : AccountLineCatalog.all()) {
			if (!terms.contains(line.code())) {
				roots.add(line.code());
			}
		}
		for (AccountingYear year : years) {
			for (AccountLine line : year.getAccountLines()) {
				if (line.getCode() != null && AccountLineCatalog.find(line.getCode()).isEmpty()) {
					roots.add(line.getCode());
				}
			}
		}
		return roots;
	}

	private static void add(String code, List<AccountLines> members, Map<String, BigDecimal> sum) {
		Optional<AccountLineDefinition> definition = AccountLineCatalog.find(code);
		List<AccountLines> having = members.stream().filter(member -> member.line(code).isPresent()).toList();
		if (having.isEmpty()) {
			return;
		}
		boolean detailed = definition.isPresent() && definition.get().isDerived()
				&& having.stream().allMatch(member -> member.derivedFromTerms(code).isPresent());
		if (detailed) {
			for (String term : definition.get().terms()) {
				add(unsigned(term), members, sum);
			}
			return;
		}
		BigDecimal total = having.stream().map(member -> member.line(code).map(SourcedValue::amount).orElseThrow())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		sum.put(code, total);
	}

	private static String unsigned(String term) {
		return term.startsWith("-") ? term.substring(1) : term;
	}
}
