/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.registers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.Sex;
import org.hmis.eval.model.registers.BeneficiaryTable;
import org.hmis.eval.model.registers.ContractTable;
import org.hmis.eval.model.registers.Days;
import org.hmis.eval.model.registers.MemberContracts;
import org.hmis.eval.model.registers.RegisterTables;

/**
 * Everything the registers say about the month ends of one accounting year, counted in one pass
 * over the members and one over the beneficiaries (specification section 3): Table 7 (X, X1, X2,
 * Y, Y1, Y2, dependents, Z1-Z3), the members of old and new areas (M.3, M.4) and the entitled
 * beneficiaries by sex and age group (I.4). Month 0 is the end of the month before the year, so
 * that arrivals and departures of month 1 are counted against it.
 */
final class MonthEndCounts {

	static final String SEX_PREFIX = "sex:";
	static final String UNKNOWN = "unknown";
	static final String AGE_UNKNOWN = "age_unknown";

	final long[] x = new long[13];
	final long[] x1 = new long[13];
	final long[] x2 = new long[13];
	final long[] y = new long[13];
	final long[] y1 = new long[13];
	final long[] y2 = new long[13];
	final long[] dependents = new long[13];
	/** Beneficiaries by membership type, indexed by {@link MembershipType#getValue()} (Z1, Z2, Z3). */
	final long[][] byType = new long[MembershipType.VALUES.size()][13];
	final long[] oldAreaMembers = new long[13];
	final long[] newAreaMembers = new long[13];
	/** Entitled beneficiary-months of the year by I.4 category ("sex:F", "age_5_15"...). */
	final Map<String, Long> groupTotals = new LinkedHashMap<>();

	MonthEndCounts(RegisterTables tables, AccountingCalendar calendar) {
		MonthBounds bounds = new MonthBounds(calendar);
		int[][] covering = coveringContracts(tables.contractsByMember(), bounds);
		countMembers(tables, calendar, covering);
		countBeneficiaries(tables, bounds, covering);
	}

	/** @return for each month end j (0 to 12) and member code, the row of the covering contract or -1 */
	private static int[][] coveringContracts(MemberContracts byMember, MonthBounds bounds) {
		int members = byMember.memberCount();
		int[][] covering = new int[13][members];
		for (int m = 0; m < members; m++) {
			boolean holdsContracts = byMember.count(m) > 0;
			for (int j = 0; j <= 12; j++) {
				covering[j][m] = holdsContracts ? byMember.covering(m, bounds.end(j)) : -1;
			}
		}
		return covering;
	}

	private void countMembers(RegisterTables tables, AccountingCalendar calendar, int[][] covering) {
		ContractTable contracts = tables.contracts();
		AreasCovering oldAreas = new AreasCovering(tables, calendar.previous());
		int members = covering[0].length;
		for (int j = 1; j <= 12; j++) {
			int[] now = covering[j];
			int[] before = covering[j - 1];
			for (int m = 0; m < members; m++) {
				boolean coveredNow = now[m] >= 0;
				boolean coveredBefore = before[m] >= 0;
				if (coveredNow) {
					x[j]++;
					if (oldAreas.contains(contracts.area(now[m]))) {
						oldAreaMembers[j]++;
					} else {
						newAreaMembers[j]++;
					}
				}
				if (coveredNow && !coveredBefore) {
					x1[j]++;
				} else if (!coveredNow && coveredBefore) {
					x2[j]++;
				}
			}
		}
	}

	private void countBeneficiaries(RegisterTables tables, MonthBounds bounds, int[][] covering) {
		BeneficiaryTable beneficiaries = tables.beneficiaries();
		ContractTable contracts = tables.contracts();
		AgeGroups ages = new AgeGroups(bounds);
		long[] sexCounts = new long[Sex.VALUES.size() + 1];
		long[] ageCounts = new long[AgeGroups.KEYS.length];
		for (int row = 0; row < beneficiaries.size(); row++) {
			int member = beneficiaries.member(row);
			int ownStart = beneficiaries.start(row);
			int ownEnd = beneficiaries.end(row);
			boolean dependent = beneficiaries.isDependent(row);
			Sex sex = beneficiaries.sex(row);
			int birth = beneficiaries.birth(row);
			boolean entitledBefore = entitled(covering[0], member, bounds.end(0), ownStart, ownEnd);
			for (int j = 1; j <= 12; j++) {
				boolean entitledNow = entitled(covering[j], member, bounds.end(j), ownStart, ownEnd);
				if (entitledNow) {
					y[j]++;
					byType[contracts.membershipType(covering[j][member]).getValue()][j]++;
					if (dependent) {
						dependents[j]++;
					}
					sexCounts[sex == null ? Sex.VALUES.size() : sex.getValue()]++;
					ageCounts[ages.group(birth, j)]++;
				}
				if (entitledNow && !entitledBefore) {
					y1[j]++;
				} else if (!entitledNow && entitledBefore) {
					y2[j]++;
				}
				entitledBefore = entitledNow;
			}
		}
		for (Sex sex : Sex.VALUES) {
			putIfCounted(SEX_PREFIX + sex.getLiteral(), sexCounts[sex.getValue()]);
		}
		putIfCounted(SEX_PREFIX + UNKNOWN, sexCounts[Sex.VALUES.size()]);
		for (int group = 0; group < AgeGroups.KEYS.length; group++) {
			putIfCounted(AgeGroups.KEYS[group], ageCounts[group]);
		}
	}

	private void putIfCounted(String key, long count) {
		if (count > 0) {
			groupTotals.put(key, count);
		}
	}

	/** A beneficiary is entitled on a day when its member is covered and the day is within its own dates. */
	private static boolean entitled(int[] covering, int member, int day, int ownStart, int ownEnd) {
		return covering[member] >= 0 && (ownStart == Days.NONE || day >= ownStart) && (ownEnd == Days.NONE || day <= ownEnd);
	}

	/** The areas in which at least one contract covered a day of a year (its "old" areas for M.3). */
	private static final class AreasCovering {

		private final boolean[] areas;
		private boolean withoutArea;

		AreasCovering(RegisterTables tables, AccountingCalendar year) {
			ContractTable contracts = tables.contracts();
			areas = new boolean[tables.areas().size()];
			int first = year.firstDayNumber();
			int last = year.lastDayNumber();
			for (int row = 0; row < contracts.size(); row++) {
				if (contracts.start(row) <= last && contracts.end(row) >= first) {
					int area = contracts.area(row);
					if (area < 0) {
						withoutArea = true;
					} else {
						areas[area] = true;
					}
				}
			}
		}

		/** Contracts that name no area form one area of their own, old when such a contract covered the year before. */
		boolean contains(int area) {
			return area < 0 ? withoutArea : areas[area];
		}
	}

	/**
	 * The age groups of I.4 ([0,5), [5,15), [15,45), [45,∞) years) at each month end. A person is at
	 * least k whole years old on a day exactly when born on or before that day minus k years (a
	 * birthday counts; one born on 29 February turns a year older on 1 March in other years), so
	 * the group of a birth day number is found by comparing it with three cut-off day numbers per
	 * month end, without building a date per beneficiary and month (this runs for millions).
	 */
	private static final class AgeGroups {

		static final String[] KEYS = { "age_0_5", "age_5_15", "age_15_45", "age_45_plus", AGE_UNKNOWN };
		private static final int[] LOWER_BOUNDS = { 5, 15, 45 };

		private final int[] endDay = new int[13];
		/** cutOff[j][g]: the last birth day of someone at least LOWER_BOUNDS[g] years old at month end j. */
		private final int[][] cutOff = new int[13][LOWER_BOUNDS.length];

		AgeGroups(MonthBounds bounds) {
			for (int j = 0; j <= 12; j++) {
				endDay[j] = bounds.end(j);
				LocalDate end = Days.date(bounds.end(j));
				for (int g = 0; g < LOWER_BOUNDS.length; g++) {
					cutOff[j][g] = Days.of(end.minusYears(LOWER_BOUNDS[g]));
				}
			}
		}

		/** @return the index in {@link #KEYS} of the age at the end of month j of one born on day {@code birth} */
		int group(int birth, int j) {
			if (birth == Days.NONE || birth > endDay[j]) {
				return KEYS.length - 1;
			}
			int[] bounds = cutOff[j];
			int group = 0;
			while (group < bounds.length && birth <= bounds[group]) {
				group++;
			}
			return group;
		}
	}
}
