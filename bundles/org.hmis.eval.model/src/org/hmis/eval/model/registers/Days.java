/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

import java.time.LocalDate;

/**
 * Dates of the register tables, held as days since 1970-01-01 in an {@code int} column: a
 * national union's five million claims carry six dates each, and a {@link LocalDate} per cell would
 * cost more than the rest of the row.
 */
public final class Days {

	/** The value of an optional date that was not given. */
	public static final int NONE = Integer.MIN_VALUE;

	private Days() {
	}

	/** @return the day number of {@code date}, or {@link #NONE} for null */
	public static int of(LocalDate date) {
		return date == null ? NONE : Math.toIntExact(date.toEpochDay());
	}

	/** @return the date of a day number, or null for {@link #NONE} */
	public static LocalDate date(int day) {
		return day == NONE ? null : LocalDate.ofEpochDay(day);
	}

	/**
	 * @return the day number of a proleptic Gregorian date given by its fields, without building a
	 *         {@link LocalDate} (the CSV reader calls this for every date cell); the fields must be
	 *         valid (see {@link #isValid})
	 */
	public static int of(int year, int month, int day) {
		// Days from civil (H. Hinnant's algorithm): years start in March so that February is last.
		int y = month <= 2 ? year - 1 : year;
		int era = Math.floorDiv(y, 400);
		int yearOfEra = y - era * 400;
		int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
		int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
		return era * 146097 + dayOfEra - 719468;
	}

	/** @return whether year-month-day exists in the calendar */
	public static boolean isValid(int year, int month, int day) {
		if (month < 1 || month > 12 || day < 1) {
			return false;
		}
		return day <= lengthOfMonth(year, month);
	}

	private static int lengthOfMonth(int year, int month) {
		return switch (month) {
		case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
		case 4, 6, 9, 11 -> 30;
		default -> 31;
		};
	}
}
