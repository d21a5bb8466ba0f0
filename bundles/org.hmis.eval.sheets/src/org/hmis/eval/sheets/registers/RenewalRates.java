/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.registers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hmis.eval.model.registers.ContractTable;
import org.hmis.eval.model.registers.Days;
import org.hmis.eval.model.registers.MemberContracts;
import org.hmis.eval.model.registers.RegisterTables;

/**
 * The renewal rate M.2 from the contracts register (specification section 3). A contract falls due
 * in the month containing the day after its end; it is renewed when the same member has another
 * contract starting after it and no later than that day plus the renewal window.
 */
public final class RenewalRates {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Contracts falling due and renewed in one month of the year. */
	public record MonthRate(int month, long due, long renewed) {
		public BigDecimal percent() {
			return BigDecimal.valueOf(renewed).multiply(HUNDRED).divide(BigDecimal.valueOf(due), MathContext.DECIMAL128);
		}
	}

	/** One line of Table 6: a contract falling due in the year and whether its member renewed. */
	public record RenewalLine(String promoter, String memberId, LocalDate endDate, boolean renewed,
			Optional<LocalDate> renewedOn) {
	}

	private final List<MonthRate> months = new ArrayList<>();
	private final List<RenewalLine> lines = new ArrayList<>();

	public RenewalRates(RegisterTables tables, AccountingCalendar calendar, int renewalWindowDays) {
		ContractTable contracts = tables.contracts();
		MemberContracts byMember = tables.contractsByMember();
		MonthBounds bounds = new MonthBounds(calendar);
		long[] due = new long[12];
		long[] renewed = new long[12];
		for (int row = 0; row < contracts.size(); row++) {
			int lapse = contracts.end(row) + 1;
			int month = bounds.monthOf(lapse);
			if (month == 0) {
				continue;
			}
			due[month - 1]++;
			int renewal = renewal(contracts, byMember, row, lapse + renewalWindowDays);
			if (renewal >= 0) {
				renewed[month - 1]++;
			}
			int promoter = contracts.promoter(row);
			lines.add(new RenewalLine(promoter < 0 ? null : tables.promoters().text(promoter),
					tables.members().text(contracts.member(row)), Days.date(contracts.end(row)), renewal >= 0,
					renewal >= 0 ? Optional.of(Days.date(contracts.start(renewal))) : Optional.empty()));
		}
		for (int j = 1; j <= 12; j++) {
			if (due[j - 1] > 0) {
				months.add(new MonthRate(j, due[j - 1], renewed[j - 1]));
			}
		}
	}

	/** @return the first contract of the same member starting after {@code row} and by {@code latestStart}, or -1 */
	private static int renewal(ContractTable contracts, MemberContracts byMember, int row, int latestStart) {
		int member = contracts.member(row);
		int start = contracts.start(row);
		for (int k = 0; k < byMember.count(member); k++) {
			int other = byMember.row(member, k);
			if (other != row && contracts.start(other) > start && contracts.start(other) <= latestStart) {
				return other;
			}
		}
		return -1;
	}

	/** @return Table 6: every contract falling due in the year, by promoter then end date */
	public List<RenewalLine> renewalSheet() {
		return lines.stream().sorted(java.util.Comparator.comparing((RenewalLine line) -> String.valueOf(line.promoter()))
				.thenComparing(RenewalLine::endDate).thenComparing(RenewalLine::memberId)).toList();
	}

	/** @return the months of the year in which at least one contract fell due */
	public List<MonthRate> months() {
		return List.copyOf(months);
	}

	public long due() {
		return months.stream().mapToLong(MonthRate::due).sum();
	}

	public long renewed() {
		return months.stream().mapToLong(MonthRate::renewed).sum();
	}

	/** @return open enrolment: the unweighted mean of the monthly rates; empty when nothing fell due */
	public Optional<BigDecimal> openEnrolmentRate() {
		if (months.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal sum = months.stream().map(MonthRate::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
		return Optional.of(sum.divide(BigDecimal.valueOf(months.size()), MathContext.DECIMAL128));
	}

	/** @return closed enrolment: renewed / due over the whole year; empty when nothing fell due */
	public Optional<BigDecimal> closedEnrolmentRate() {
		long due = due();
		return due == 0 ? Optional.empty()
				: Optional.of(BigDecimal.valueOf(renewed()).multiply(HUNDRED).divide(BigDecimal.valueOf(due),
						MathContext.DECIMAL128));
	}
}
