/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;

/**
 * What makes two evaluations the same one: the scheme evaluated and the accounting years covered,
 * whatever the folder or file they were imported from was called.
 *
 * @param scheme the scheme's name, trimmed; empty when the evaluation names none
 * @param years the accounting years, ascending, each once
 */
public record EvaluationIdentity(String scheme, List<Integer> years) {

	public EvaluationIdentity {
		scheme = scheme == null ? "" : scheme.strip();
		years = List.copyOf(new TreeSet<>(years));
	}

	/** @return the identity of {@code evaluation} */
	public static EvaluationIdentity of(Evaluation evaluation) {
		List<Integer> years = new ArrayList<>();
		for (AccountingYear year : evaluation.getYears()) {
			years.add(year.getYear());
		}
		return new EvaluationIdentity(evaluation.getScheme() == null ? null : evaluation.getScheme().getName(), years);
	}

	/** @return the identity kept in a store's YEARS column: "2005,2006", "" when there is no year */
	public static EvaluationIdentity parse(String scheme, String yearsColumn) {
		List<Integer> years = new ArrayList<>();
		if (yearsColumn != null && !yearsColumn.isBlank()) {
			for (String year : yearsColumn.split(",")) {
				years.add(Integer.valueOf(year.strip()));
			}
		}
		return new EvaluationIdentity(scheme, years);
	}

	/** @return the years as the store keeps them: "2005,2006", or "" */
	public String yearsColumn() {
		return years.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	/** @return the years as people read them: "2006", "2004-2006" when consecutive, else "2004, 2006" */
	public String yearsText() {
		if (years.size() > 1 && years.get(years.size() - 1) - years.get(0) == years.size() - 1) {
			return years.get(0) + "-" + years.get(years.size() - 1);
		}
		return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	/** @return the first accounting year, or null */
	public Integer firstYear() {
		return years.isEmpty() ? null : years.get(0);
	}

	/** @return the last accounting year, or null */
	public Integer lastYear() {
		return years.isEmpty() ? null : years.get(years.size() - 1);
	}

	/** @return "VIMO 2006", "VIMO (no accounting year)", "(no scheme) 2006" */
	@Override
	public String toString() {
		return (scheme.isEmpty() ? "(no scheme)" : scheme) + " " + (years.isEmpty() ? "(no accounting year)" : yearsText());
	}
}
