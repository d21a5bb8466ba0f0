/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.registers;

import java.time.LocalDate;
import java.time.YearMonth;

import org.hmis.eval.model.registers.Days;

import org.hmis.eval.model.Scheme;

/**
 * The months of an accounting year (specification section 3): year N starts in the scheme's
 * accounting start month of calendar year N, and month j (1 to 12) counts from there.
 */
public record AccountingCalendar(int year, int startMonth) {

	public static AccountingCalendar of(Scheme scheme, int year) {
		int start = scheme == null ? 1 : scheme.getAccountingYearStartMonth();
		return new AccountingCalendar(year, start < 1 || start > 12 ? 1 : start);
	}

	/** @return month {@code j} of the year; 0 is the last month of the previous year */
	public YearMonth month(int j) {
		return YearMonth.of(year, startMonth).plusMonths(j - 1L);
	}

	/** @return the last day of month {@code j} */
	public LocalDate monthEnd(int j) {
		return month(j).atEndOfMonth();
	}

	public LocalDate firstDay() {
		return month(1).atDay(1);
	}

	public LocalDate lastDay() {
		return monthEnd(12);
	}

	/** @return the month (1 to 12) of the year containing {@code date}, or 0 when the date lies outside the year */
	public int monthOf(LocalDate date) {
		for (int j = 1; j <= 12; j++) {
			if (YearMonth.from(date).equals(month(j))) {
				return j;
			}
		}
		return 0;
	}

	/** @return the day number ({@link Days}) of the last day of month {@code j} (0: the month before the year) */
	public int monthEndDay(int j) {
		return Days.of(monthEnd(j));
	}

	public int firstDayNumber() {
		return Days.of(firstDay());
	}

	public int lastDayNumber() {
		return Days.of(lastDay());
	}

	/** @return the calendar of the year before */
	public AccountingCalendar previous() {
		return new AccountingCalendar(year - 1, startMonth);
	}
}
