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

import org.hmis.eval.model.Contract;
import org.hmis.eval.model.Registers;

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

	public RenewalRates(Registers registers, AccountingCalendar calendar, int renewalWindowDays) {
		Coverage coverage = new Coverage(registers);
		long[] due = new long[12];
		long[] renewed = new long[12];
		for (Contract contract : registers.getContracts()) {
			LocalDate lapse = contract.getEndDate().plusDays(1);
			int month = calendar.monthOf(lapse);
			if (month == 0) {
				continue;
			}
			due[month - 1]++;
			Optional<Contract> renewal = renewal(contract, coverage.contractsOf(contract.getMemberId()),
					lapse.plusDays(renewalWindowDays));
			if (renewal.isPresent()) {
				renewed[month - 1]++;
			}
			lines.add(new RenewalLine(contract.getPromoter(), contract.getMemberId(), contract.getEndDate(),
					renewal.isPresent(), renewal.map(Contract::getStartDate)));
		}
		for (int j = 1; j <= 12; j++) {
			if (due[j - 1] > 0) {
				months.add(new MonthRate(j, due[j - 1], renewed[j - 1]));
			}
		}
	}

	private static Optional<Contract> renewal(Contract contract, List<Contract> ofMember, LocalDate latestStart) {
		return ofMember.stream().filter(other -> other != contract && other.getStartDate().isAfter(contract.getStartDate())
				&& !other.getStartDate().isAfter(latestStart)).findFirst();
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
