/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.registers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.Beneficiary;
import org.hmis.eval.model.Claim;
import org.hmis.eval.model.Contract;
import org.hmis.eval.model.Registers;
import org.hmis.eval.sheets.BeneficiaryColumn;
import org.hmis.eval.sheets.BeneficiaryMonth;
import org.hmis.eval.sheets.ClaimsEntry;
import org.hmis.eval.sheets.SheetRowKey;

/**
 * Derives Tables 7 and 8 of one accounting year from the registers (specification section 3).
 * Table 7 counts members covered and beneficiaries entitled at each month end, so that
 * {@code X_j = X_(j-1) + X1_j - X2_j} holds by construction; Table 8 counts the authorized claims
 * in the month of their service date.
 */
public final class RegisterSheets {

	private static final String AUTHORIZED = "authorized";

	private final Registers registers;
	private final Coverage coverage;
	private final AccountingCalendar calendar;
	private List<BeneficiaryMonth> months;
	private List<ClaimsEntry> listing;
	private final Map<Boolean, Optional<BigDecimal>> byAreaAge = new HashMap<>();

	public RegisterSheets(Registers registers, AccountingCalendar calendar) {
		this.registers = registers;
		this.coverage = new Coverage(registers);
		this.calendar = calendar;
	}

	public boolean hasContracts() {
		return !registers.getContracts().isEmpty();
	}

	public boolean hasClaims() {
		return !registers.getClaims().isEmpty();
	}

	/** @return the twelve months of Table 7 */
	public synchronized List<BeneficiaryMonth> beneficiaryMonths() {
		if (months == null) {
			months = List.copyOf(deriveMonths());
		}
		return months;
	}

	private List<BeneficiaryMonth> deriveMonths() {
		List<BeneficiaryMonth> months = new ArrayList<>(12);
		Snapshot before = snapshot(calendar.monthEnd(0));
		for (int j = 1; j <= 12; j++) {
			Snapshot now = snapshot(calendar.monthEnd(j));
			Map<BeneficiaryColumn, Long> values = new EnumMap<>(BeneficiaryColumn.class);
			values.put(BeneficiaryColumn.X1, (long) difference(now.members, before.members));
			values.put(BeneficiaryColumn.X2, (long) difference(before.members, now.members));
			values.put(BeneficiaryColumn.X, (long) now.members.size());
			values.put(BeneficiaryColumn.Y1, (long) difference(now.beneficiaries, before.beneficiaries));
			values.put(BeneficiaryColumn.Y2, (long) difference(before.beneficiaries, now.beneficiaries));
			values.put(BeneficiaryColumn.Y, (long) now.beneficiaries.size());
			values.put(BeneficiaryColumn.Z1, now.byType.getOrDefault("voluntary", 0L));
			values.put(BeneficiaryColumn.Z2, now.byType.getOrDefault("automatic", 0L));
			values.put(BeneficiaryColumn.Z3, now.byType.getOrDefault("compulsory", 0L));
			values.put(BeneficiaryColumn.DEPENDENTS, now.dependents);
			months.add(new BeneficiaryMonth(j, values));
			before = now;
		}
		return months;
	}

	/**
	 * @return Table 8: one entry per provider, category and month for every provider-category pair
	 *         that appears in the claims register (so a pair without claims this month shows 0, and a
	 *         pair never claimed shows "–")
	 */
	public synchronized List<ClaimsEntry> claimsListing() {
		if (listing == null) {
			listing = List.copyOf(deriveListing());
		}
		return listing;
	}

	private List<ClaimsEntry> deriveListing() {
		Set<SheetRowKey> pairs = new LinkedHashSet<>();
		Map<String, long[]> counts = new LinkedHashMap<>();
		Map<String, BigDecimal[]> costs = new LinkedHashMap<>();
		for (Claim claim : registers.getClaims()) {
			SheetRowKey pair = new SheetRowKey(claim.getProvider(), claim.getCategory());
			pairs.add(pair);
			int month = calendar.monthOf(claim.getServiceDate());
			if (month == 0 || !AUTHORIZED.equals(claim.getStatus())) {
				continue;
			}
			String key = pair.provider() + "\u0000" + pair.category();
			counts.computeIfAbsent(key, k -> new long[12])[month - 1]++;
			BigDecimal[] cost = costs.computeIfAbsent(key, k -> zeros());
			cost[month - 1] = cost[month - 1].add(claim.getAmountCovered());
		}
		List<ClaimsEntry> entries = new ArrayList<>();
		for (SheetRowKey pair : pairs) {
			String key = pair.provider() + "\u0000" + pair.category();
			long[] count = counts.getOrDefault(key, new long[12]);
			BigDecimal[] cost = costs.getOrDefault(key, zeros());
			for (int j = 1; j <= 12; j++) {
				entries.add(new ClaimsEntry(j, pair.provider(), pair.category(), count[j - 1], cost[j - 1]));
			}
		}
		return entries;
	}

	/**
	 * @return the annual average, over the month ends of the year, of the members whose covering
	 *         contract lies in an area that was already covered in the previous year (M.3)
	 *         ({@code old == true}) or in an area new this year (M.4)
	 */
	public synchronized Optional<BigDecimal> averageMembersByAreaAge(boolean old) {
		return byAreaAge.computeIfAbsent(old, this::deriveMembersByAreaAge);
	}

	private Optional<BigDecimal> deriveMembersByAreaAge(boolean old) {
		if (!hasContracts()) {
			return Optional.empty();
		}
		Set<String> oldAreas = areasCovering(calendar.previous());
		long total = 0;
		for (int j = 1; j <= 12; j++) {
			LocalDate end = calendar.monthEnd(j);
			for (String member : coverage.members()) {
				Optional<Contract> contract = coverage.coveringContract(member, end);
				if (contract.isPresent() && oldAreas.contains(String.valueOf(contract.get().getArea())) == old) {
					total++;
				}
			}
		}
		return Optional.of(BigDecimal.valueOf(total).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128));
	}

	/**
	 * @return the annual average of entitled beneficiaries per I.4 category: {@code sex:F},
	 *         {@code sex:M}, and the age groups {@code age_0_5}, {@code age_5_15}, {@code age_15_45},
	 *         {@code age_45_plus} (age at each month end); beneficiaries without sex or birth date are
	 *         counted under {@code sex:unknown} and {@code age_unknown}
	 */
	public Map<String, BigDecimal> averageBeneficiariesByCategory() {
		Map<String, Long> totals = new LinkedHashMap<>();
		for (int j = 1; j <= 12; j++) {
			LocalDate end = calendar.monthEnd(j);
			for (Beneficiary beneficiary : coverage.beneficiaries()) {
				if (coverage.entitlement(beneficiary, end).isEmpty()) {
					continue;
				}
				totals.merge("sex:" + (beneficiary.getSex() == null ? "unknown" : beneficiary.getSex()), 1L, Long::sum);
				totals.merge(ageGroup(beneficiary.getBirthDate(), end), 1L, Long::sum);
			}
		}
		Map<String, BigDecimal> averages = new LinkedHashMap<>();
		totals.forEach((key, total) -> averages.put(key,
				BigDecimal.valueOf(total).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128)));
		return averages;
	}

	static String ageGroup(LocalDate birth, LocalDate on) {
		if (birth == null || birth.isAfter(on)) {
			return "age_unknown";
		}
		int age = Period.between(birth, on).getYears();
		return age < 5 ? "age_0_5" : age < 15 ? "age_5_15" : age < 45 ? "age_15_45" : "age_45_plus";
	}

	private Set<String> areasCovering(AccountingCalendar year) {
		Set<String> areas = new HashSet<>();
		for (Contract contract : registers.getContracts()) {
			if (!contract.getStartDate().isAfter(year.lastDay()) && !contract.getEndDate().isBefore(year.firstDay())) {
				areas.add(String.valueOf(contract.getArea()));
			}
		}
		return areas;
	}

	private Snapshot snapshot(LocalDate day) {
		Snapshot snapshot = new Snapshot();
		for (String member : coverage.members()) {
			if (coverage.coveringContract(member, day).isPresent()) {
				snapshot.members.add(member);
			}
		}
		for (Beneficiary beneficiary : coverage.beneficiaries()) {
			Optional<Contract> contract = coverage.entitlement(beneficiary, day);
			if (contract.isEmpty()) {
				continue;
			}
			snapshot.beneficiaries.add(beneficiary.getBeneficiaryId());
			snapshot.byType.merge(contract.get().getMembershipType(), 1L, Long::sum);
			if ("dependent".equals(beneficiary.getRole())) {
				snapshot.dependents++;
			}
		}
		return snapshot;
	}

	private static int difference(Set<String> these, Set<String> those) {
		int count = 0;
		for (String id : these) {
			if (!those.contains(id)) {
				count++;
			}
		}
		return count;
	}

	private static BigDecimal[] zeros() {
		BigDecimal[] zeros = new BigDecimal[12];
		Arrays.fill(zeros, BigDecimal.ZERO);
		return zeros;
	}

	/** Who is covered at one month end. */
	private static final class Snapshot {
		final Set<String> members = new HashSet<>();
		final Set<String> beneficiaries = new HashSet<>();
		final Map<String, Long> byType = new LinkedHashMap<>();
		long dependents;
	}
}
