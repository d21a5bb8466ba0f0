/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.registers;

/**
 * The month ends of an accounting year as day numbers, computed once: the derivations ask "which
 * month of the year is this day in?" for every one of millions of claims, and "who is covered at
 * the end of month j?" for every member.
 */
final class MonthBounds {

	/** {@code ends[j]} is the last day of month j; {@code ends[0]} that of the month before the year. */
	private final int[] ends = new int[13];

	MonthBounds(AccountingCalendar calendar) {
		for (int j = 0; j <= 12; j++) {
			ends[j] = calendar.monthEndDay(j);
		}
	}

	/** @return the last day of month {@code j} (0 to 12) */
	int end(int j) {
		return ends[j];
	}

	/** @return the month (1 to 12) containing {@code day}, or 0 outside the year */
	int monthOf(int day) {
		if (day <= ends[0] || day > ends[12]) {
			return 0;
		}
		int j = 1;
		while (day > ends[j]) {
			j++;
		}
		return j;
	}
}
