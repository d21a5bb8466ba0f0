/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.hmis.eval.model.BeneficiaryRole;
import org.hmis.eval.model.ClaimStatus;
import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;
import org.hmis.eval.model.Sex;
import org.hmis.eval.model.registers.BeneficiaryRow;
import org.hmis.eval.model.registers.ClaimRow;
import org.hmis.eval.model.registers.ContractRow;
import org.hmis.eval.model.registers.PaymentRow;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.sheets.BeneficiaryColumn;
import org.hmis.eval.sheets.BeneficiaryMonth;
import org.hmis.eval.sheets.ClaimsEntry;
import org.hmis.eval.sheets.registers.AccountingCalendar;
import org.hmis.eval.sheets.registers.PremiumCollection;
import org.hmis.eval.sheets.registers.RegisterSheets;
import org.hmis.eval.sheets.registers.RenewalRates;
import org.junit.jupiter.api.Test;

/**
 * The register derivations (Tables 6, 7, 8; M.2, M.3/M.4, M.6 and I.4 inputs) against an
 * independent calculation: the rules of specification section 3 applied literally, day by day and
 * row by row with dates and decimals, over generated registers of several sizes. The registers
 * hold the edge cases on purpose: contracts ending on month ends and in mid-month, lapses and
 * re-enrolment, overlapping renewals, beneficiaries with their own dates or without sex or birth
 * date, claims outside the year, rejected and pending claims, contracts without an area, and an
 * accounting year starting in April.
 */
class RegisterDerivationOracleTest {

	private static final String[] PROVIDERS = { "Health Centre X", "Hospital Y", "Clinic Z", "Pharmacy W" };
	private static final String[] CATEGORIES = { "outpatient", "medicines", "surgery", "obstetrics", "hospitalization",
			"programmed", "specialist" };
	private static final String[] AREAS = { "North", "South", "East", "West", null };

	@Test
	void smallRegistersCalendarYear() {
		compare(generate(40, 1), new AccountingCalendar(2006, 1));
	}

	@Test
	void mediumRegistersCalendarYearAndTheYearBefore() {
		Generated registers = generate(600, 2);
		compare(registers, new AccountingCalendar(2006, 1));
		compare(registers, new AccountingCalendar(2005, 1));
	}

	@Test
	void largerRegistersAccountingYearFromApril() {
		compare(generate(3000, 3), new AccountingCalendar(2006, 4));
	}

	@Test
	void leapYearWithBirthdaysOnMonthEnds() {
		Generated registers = generate(800, 4);
		compare(registers, new AccountingCalendar(2004, 1));
		compare(registers, new AccountingCalendar(2005, 3));
	}

	/**
	 * A birth day on, or a day either side of, a month end of 2004-2006 minus one of the age
	 * bounds of I.4 (so the person changes group at that month end), or on a 29 February.
	 */
	private static LocalDate birthdayNearMonthEnd(Random random) {
		if (random.nextInt(5) == 0) {
			return LocalDate.of(new int[] { 1960, 1992, 2000, 2004 }[random.nextInt(4)], 2, 29);
		}
		LocalDate monthEnd = YearMonth.of(2004 + random.nextInt(3), 1 + random.nextInt(12)).atEndOfMonth();
		int bound = new int[] { 5, 15, 45 }[random.nextInt(3)];
		return monthEnd.minusYears(bound).plusDays(random.nextInt(3) - 1);
	}

	private static void compare(Generated generated, AccountingCalendar calendar) {
		RegisterTables tables = generated.tables;
		RegisterSheets sheets = new RegisterSheets(tables, calendar);
		Oracle oracle = new Oracle(generated, calendar);
		List<BeneficiaryMonth> months = sheets.beneficiaryMonths();
		for (int j = 1; j <= 12; j++) {
			for (BeneficiaryColumn column : BeneficiaryColumn.values()) {
				assertEquals(oracle.table7(column, j), months.get(j - 1).value(column).getAsLong(),
						calendar + " " + column + " month " + j);
			}
		}
		List<ClaimsEntry> listing = sheets.claimsListing();
		List<ClaimsEntry> expected = oracle.table8();
		assertEquals(expected.size(), listing.size(), "Table 8 cells");
		for (int i = 0; i < expected.size(); i++) {
			ClaimsEntry want = expected.get(i);
			ClaimsEntry got = listing.get(i);
			String where = want.provider() + "/" + want.category() + "/" + want.month();
			assertEquals(want.provider() + want.category() + want.month() + ":" + want.count(),
					got.provider() + got.category() + got.month() + ":" + got.count(), where);
			assertEquals(0, want.cost().compareTo(got.cost()), where + " cost " + want.cost() + " vs " + got.cost());
		}
		assertEquals(0, oracle.averageMembers(true).compareTo(sheets.averageMembersByAreaAge(true).orElseThrow()),
				"members of old areas");
		assertEquals(0, oracle.averageMembers(false).compareTo(sheets.averageMembersByAreaAge(false).orElseThrow()),
				"members of new areas");
		Map<String, BigDecimal> groups = sheets.averageBeneficiariesByCategory();
		Map<String, BigDecimal> expectedGroups = oracle.groups();
		assertEquals(expectedGroups.keySet(), groups.keySet());
		expectedGroups.forEach((key, value) -> assertEquals(0, value.compareTo(groups.get(key)), key));

		RenewalRates renewal = new RenewalRates(tables, calendar, 30);
		assertEquals(oracle.renewals(30), renewal.months().stream()
				.map(m -> m.month() + ":" + m.due() + "/" + m.renewed()).toList(), "renewals by month");
		assertEquals(renewal.due(), renewal.renewalSheet().size(), "Table 6 lists every contract falling due");

		for (LocalDate asOf : List.of(calendar.lastDay(), calendar.lastDay().plusMonths(2))) {
			PremiumCollection collection = PremiumCollection.of(tables, calendar, asOf);
			BigDecimal[] want = oracle.premiums(asOf);
			assertEquals(0, want[0].compareTo(collection.due()), "premiums due");
			assertEquals(0, want[1].compareTo(collection.received()), "premiums received by " + asOf);
		}
	}

	/** The generated rows, kept as rows for the oracle, and the tables built from them. */
	private record Generated(List<ContractRow> contracts, List<BeneficiaryRow> beneficiaries, List<PaymentRow> payments,
			List<ClaimRow> claims, RegisterTables tables) {
	}

	private static Generated generate(int members, long seed) {
		Random random = new Random(seed);
		List<ContractRow> contracts = new ArrayList<>();
		List<BeneficiaryRow> beneficiaries = new ArrayList<>();
		List<PaymentRow> payments = new ArrayList<>();
		List<ClaimRow> claims = new ArrayList<>();
		int claimNumber = 0;
		for (int m = 0; m < members; m++) {
			String member = "M" + m;
			String area = AREAS[random.nextInt(AREAS.length)];
			LocalDate start = random.nextBoolean() ? LocalDate.of(2004, 1 + random.nextInt(12), 1)
					: LocalDate.of(2004, 1, 1).plusDays(random.nextInt(900));
			int periods = 1 + random.nextInt(4);
			for (int p = 0; p < periods && start.getYear() <= 2007; p++) {
				int months = new int[] { 3, 6, 12 }[random.nextInt(3)];
				// Most contracts end the day before the same day months later (a month end for those
				// starting on the 1st); some end mid-month.
				LocalDate end = random.nextInt(5) == 0 ? start.plusDays(20 + random.nextInt(300))
						: start.plusMonths(months).minusDays(1);
				MembershipType type = MembershipType.VALUES.get(random.nextInt(3));
				if (random.nextInt(10) == 0) {
					area = AREAS[random.nextInt(AREAS.length)];
				}
				LocalDate due = random.nextInt(4) == 0 ? start.minusDays(random.nextInt(40)) : null;
				BigDecimal premium = BigDecimal.valueOf(500 + random.nextInt(2000)).add(random.nextBoolean()
						? new BigDecimal("0.25") : BigDecimal.ZERO);
				contracts.add(new ContractRow(member, start, end, premium, due, type, MembershipUnit.FAMILY, area,
						"P" + random.nextInt(3), null));
				for (int k = random.nextInt(3); k > 0; k--) {
					payments.add(new PaymentRow(member, start, start.plusDays(random.nextInt(120) - 20),
							premium.divide(BigDecimal.valueOf(2))));
				}
				// Renewed at once, after a gap (re-enrolment after a lapse) or overlapping by a few days.
				int gap = new int[] { 0, 0, 0, 15, 45, 120, -5 }[random.nextInt(7)];
				start = end.plusDays(1 + gap);
			}
			int people = 1 + random.nextInt(4);
			for (int b = 0; b < people; b++) {
				String id = "B" + m + "-" + b;
				Sex sex = random.nextInt(8) == 0 ? null : Sex.VALUES.get(random.nextInt(2));
				LocalDate birth = random.nextInt(8) == 0 ? null
						: random.nextInt(4) == 0 ? birthdayNearMonthEnd(random)
								: LocalDate.of(1940, 1, 1).plusDays(random.nextInt(68 * 365));
				LocalDate ownStart = random.nextInt(5) == 0 ? LocalDate.of(2005, 1, 1).plusDays(random.nextInt(700)) : null;
				LocalDate ownEnd = random.nextInt(6) == 0 ? LocalDate.of(2005, 6, 1).plusDays(random.nextInt(700)) : null;
				if (ownStart != null && ownEnd != null && ownEnd.isBefore(ownStart)) {
					ownEnd = null;
				}
				beneficiaries.add(new BeneficiaryRow(id, member, b == 0 ? BeneficiaryRole.MEMBER : BeneficiaryRole.DEPENDENT,
						sex, birth, ownStart, ownEnd));
				for (int c = random.nextInt(5); c > 0; c--) {
					ClaimStatus status = random.nextInt(6) == 0 ? ClaimStatus.REJECTED
							: random.nextInt(10) == 0 ? ClaimStatus.PENDING : ClaimStatus.AUTHORIZED;
					BigDecimal amount = BigDecimal.valueOf(random.nextInt(500_000), 2);
					claims.add(ClaimRow.of("C" + claimNumber++, id, PROVIDERS[random.nextInt(PROVIDERS.length)],
							CATEGORIES[random.nextInt(CATEGORIES.length)],
							LocalDate.of(2004, 12, 1).plusDays(random.nextInt(3 * 365 + 60)), status, amount));
				}
			}
		}
		RegisterTables.Builder builder = RegisterTables.builder();
		contracts.forEach(builder::add);
		beneficiaries.forEach(builder::add);
		payments.forEach(builder::add);
		claims.forEach(builder::add);
		return new Generated(contracts, beneficiaries, payments, claims, builder.build());
	}

	/** Section 3 of the specification, applied literally. */
	private static final class Oracle {

		private final Generated registers;
		private final AccountingCalendar calendar;

		Oracle(Generated registers, AccountingCalendar calendar) {
			this.registers = registers;
			this.calendar = calendar;
		}

		private final Map<String, List<ContractRow>> contractsOf = new HashMap<>();
		private final Map<LocalDate, Map<String, ContractRow>> coveredAt = new HashMap<>();
		private final Map<LocalDate, Set<String>> entitledAt = new HashMap<>();

		/** The contract covering a member on a day: among those running over it, the one that started last. */
		private ContractRow covering(String member, LocalDate day) {
			if (contractsOf.isEmpty()) {
				registers.contracts.forEach(c -> contractsOf.computeIfAbsent(c.memberId(), k -> new ArrayList<>()).add(c));
			}
			ContractRow found = null;
			for (ContractRow contract : contractsOf.getOrDefault(member, List.of())) {
				if (!day.isBefore(contract.startDate()) && !day.isAfter(contract.endDate())
						&& (found == null || contract.startDate().isAfter(found.startDate()))) {
					found = contract;
				}
			}
			return found;
		}

		/** @return who is covered on a day, and by which contract */
		private Map<String, ContractRow> covered(LocalDate day) {
			return coveredAt.computeIfAbsent(day, d -> {
				Map<String, ContractRow> members = new HashMap<>();
				for (ContractRow contract : registers.contracts) {
					ContractRow covering = covering(contract.memberId(), d);
					if (covering != null) {
						members.put(contract.memberId(), covering);
					}
				}
				return members;
			});
		}

		private ContractRow entitlement(BeneficiaryRow beneficiary, LocalDate day) {
			if (beneficiary.startDate() != null && day.isBefore(beneficiary.startDate())
					|| beneficiary.endDate() != null && day.isAfter(beneficiary.endDate())) {
				return null;
			}
			return covered(day).get(beneficiary.memberId());
		}

		private Set<String> entitled(LocalDate day) {
			return entitledAt.computeIfAbsent(day, d -> {
				Set<String> ids = new HashSet<>();
				for (BeneficiaryRow beneficiary : registers.beneficiaries) {
					if (entitlement(beneficiary, d) != null) {
						ids.add(beneficiary.beneficiaryId());
					}
				}
				return ids;
			});
		}

		long table7(BeneficiaryColumn column, int j) {
			LocalDate now = calendar.monthEnd(j);
			LocalDate before = calendar.monthEnd(j - 1);
			Set<String> membersNow = covered(now).keySet();
			Set<String> membersBefore = covered(before).keySet();
			return switch (column) {
			case X -> membersNow.size();
			case X1 -> membersNow.stream().filter(m -> !membersBefore.contains(m)).count();
			case X2 -> membersBefore.stream().filter(m -> !membersNow.contains(m)).count();
			case Y -> entitled(now).size();
			case Y1 -> entitled(now).stream().filter(b -> !entitled(before).contains(b)).count();
			case Y2 -> entitled(before).stream().filter(b -> !entitled(now).contains(b)).count();
			case DEPENDENTS -> registers.beneficiaries.stream()
					.filter(b -> b.role() == BeneficiaryRole.DEPENDENT && entitlement(b, now) != null).count();
			case Z1 -> byType(now, MembershipType.VOLUNTARY);
			case Z2 -> byType(now, MembershipType.AUTOMATIC);
			case Z3 -> byType(now, MembershipType.COMPULSORY);
			};
		}

		private long byType(LocalDate day, MembershipType type) {
			return registers.beneficiaries.stream().map(b -> entitlement(b, day))
					.filter(c -> c != null && c.membershipType() == type).count();
		}

		List<ClaimsEntry> table8() {
			Set<String> pairs = new LinkedHashSet<>();
			Map<String, long[]> counts = new HashMap<>();
			Map<String, BigDecimal[]> costs = new HashMap<>();
			for (ClaimRow claim : registers.claims) {
				String pair = claim.provider() + "\u0000" + claim.category();
				pairs.add(pair);
				int month = monthOf(claim.serviceDate());
				if (month == 0 || claim.status() != ClaimStatus.AUTHORIZED) {
					continue;
				}
				counts.computeIfAbsent(pair, p -> new long[12])[month - 1]++;
				BigDecimal[] cost = costs.computeIfAbsent(pair, p -> zeros());
				cost[month - 1] = cost[month - 1].add(claim.amountCovered());
			}
			List<ClaimsEntry> entries = new ArrayList<>();
			for (String pair : pairs) {
				String[] parts = pair.split("\u0000");
				long[] count = counts.getOrDefault(pair, new long[12]);
				BigDecimal[] cost = costs.getOrDefault(pair, zeros());
				for (int j = 1; j <= 12; j++) {
					entries.add(new ClaimsEntry(j, parts[0], parts[1], count[j - 1], cost[j - 1]));
				}
			}
			return entries;
		}

		private int monthOf(LocalDate day) {
			for (int j = 1; j <= 12; j++) {
				if (YearMonth.from(day).equals(calendar.month(j))) {
					return j;
				}
			}
			return 0;
		}

		BigDecimal averageMembers(boolean old) {
			AccountingCalendar previous = calendar.previous();
			Set<String> oldAreas = new HashSet<>();
			for (ContractRow contract : registers.contracts) {
				if (!contract.startDate().isAfter(previous.lastDay()) && !contract.endDate().isBefore(previous.firstDay())) {
					oldAreas.add(String.valueOf(contract.area()));
				}
			}
			long total = 0;
			for (int j = 1; j <= 12; j++) {
				for (ContractRow contract : covered(calendar.monthEnd(j)).values()) {
					if (oldAreas.contains(String.valueOf(contract.area())) == old) {
						total++;
					}
				}
			}
			return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128);
		}

		Map<String, BigDecimal> groups() {
			Map<String, Long> totals = new HashMap<>();
			for (int j = 1; j <= 12; j++) {
				LocalDate end = calendar.monthEnd(j);
				for (BeneficiaryRow beneficiary : registers.beneficiaries) {
					if (entitlement(beneficiary, end) == null) {
						continue;
					}
					totals.merge("sex:" + (beneficiary.sex() == null ? "unknown" : beneficiary.sex().getLiteral()), 1L,
							Long::sum);
					LocalDate birth = beneficiary.birthDate();
					String group;
					if (birth == null || birth.isAfter(end)) {
						group = "age_unknown";
					} else {
						int age = Period.between(birth, end).getYears();
						group = age < 5 ? "age_0_5" : age < 15 ? "age_5_15" : age < 45 ? "age_15_45" : "age_45_plus";
					}
					totals.merge(group, 1L, Long::sum);
				}
			}
			Map<String, BigDecimal> averages = new HashMap<>();
			totals.forEach((key, total) -> averages.put(key,
					BigDecimal.valueOf(total).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128)));
			return averages;
		}

		List<String> renewals(int window) {
			long[] due = new long[12];
			long[] renewed = new long[12];
			for (ContractRow contract : registers.contracts) {
				LocalDate lapse = contract.endDate().plusDays(1);
				int month = monthOf(lapse);
				if (month == 0) {
					continue;
				}
				due[month - 1]++;
				boolean renewal = registers.contracts.stream()
						.anyMatch(other -> other != contract && other.memberId().equals(contract.memberId())
								&& other.startDate().isAfter(contract.startDate())
								&& !other.startDate().isAfter(lapse.plusDays(window)));
				renewed[month - 1] += renewal ? 1 : 0;
			}
			List<String> months = new ArrayList<>();
			for (int j = 1; j <= 12; j++) {
				if (due[j - 1] > 0) {
					months.add(j + ":" + due[j - 1] + "/" + renewed[j - 1]);
				}
			}
			return months;
		}

		BigDecimal[] premiums(LocalDate asOf) {
			BigDecimal due = BigDecimal.ZERO;
			Set<String> dueContracts = new HashSet<>();
			for (ContractRow contract : registers.contracts) {
				LocalDate dueDate = Objects.requireNonNullElse(contract.dueDate(), contract.startDate());
				if (!dueDate.isBefore(calendar.firstDay()) && !dueDate.isAfter(calendar.lastDay())) {
					due = due.add(contract.premiumDue());
					dueContracts.add(contract.memberId() + "/" + contract.startDate());
				}
			}
			BigDecimal received = BigDecimal.ZERO;
			for (PaymentRow payment : registers.payments) {
				if (dueContracts.contains(payment.memberId() + "/" + payment.contractStart())
						&& !payment.paymentDate().isAfter(asOf)) {
					received = received.add(payment.amount());
				}
			}
			return new BigDecimal[] { due, received };
		}

		private static BigDecimal[] zeros() {
			BigDecimal[] zeros = new BigDecimal[12];
			java.util.Arrays.fill(zeros, BigDecimal.ZERO);
			return zeros;
		}
	}
}
