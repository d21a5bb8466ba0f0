/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.accounts.AccountLines;

/** What a family computes from: one evaluation, looked at for one accounting year N. */
public final class ComputationContext {

	private final Evaluation evaluation;
	private final int year;
	private final AccountLines accounts;

	public ComputationContext(Evaluation evaluation, int year) {
		this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
		this.year = year;
		this.accounts = AccountLines.of(accountingYear(year).orElse(null));
	}

	public Evaluation evaluation() {
		return evaluation;
	}

	/** @return the year N the indicators are computed for */
	public int year() {
		return year;
	}

	/** @return the data recorded for year {@code y}, if any */
	public Optional<AccountingYear> accountingYear(int y) {
		return evaluation.getYears().stream().filter(candidate -> candidate.getYear() == y).findFirst();
	}

	/**
	 * @return the rows year N holds in one of its lists (hidden costs, survey cases, Table 16...), or
	 *         none when nothing was recorded for year N
	 */
	public <T> List<T> rowsOfYear(Function<AccountingYear, List<T>> rows) {
		return accountingYear(year).map(rows).map(List::copyOf).orElse(List.of());
	}

	/** @return Tables 1 and 2 of year N, entered and derived */
	public AccountLines accounts() {
		return accounts;
	}
}
