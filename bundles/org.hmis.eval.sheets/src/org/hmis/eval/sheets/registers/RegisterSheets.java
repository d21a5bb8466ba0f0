/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.registers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.sheets.BeneficiaryColumn;
import org.hmis.eval.sheets.BeneficiaryMonth;
import org.hmis.eval.sheets.ClaimsEntry;

/**
 * Derives the sheets of one accounting year from the register tables (specification section 3):
 * Table 7 counts members covered and beneficiaries entitled at each month end, so that
 * {@code X_j = X_(j-1) + X1_j - X2_j} holds by construction; Table 8 counts the authorized claims
 * in the month of their service date. Each is computed once, on first request, in one pass over
 * the register concerned ({@link MonthEndCounts}, {@link ClaimsListing}).
 */
public final class RegisterSheets {

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	private final RegisterTables tables;
	private final AccountingCalendar calendar;
	private MonthEndCounts counts;
	private List<BeneficiaryMonth> months;
	private List<ClaimsEntry> listing;

	public RegisterSheets(RegisterTables tables, AccountingCalendar calendar) {
		this.tables = tables;
		this.calendar = calendar;
	}

	public boolean hasContracts() {
		return tables.contracts().size() > 0;
	}

	public boolean hasClaims() {
		return tables.claims().size() > 0;
	}

	/** @return the twelve months of Table 7 */
	public synchronized List<BeneficiaryMonth> beneficiaryMonths() {
		if (months == null) {
			MonthEndCounts c = counts();
			List<BeneficiaryMonth> derived = new ArrayList<>(12);
			for (int j = 1; j <= 12; j++) {
				Map<BeneficiaryColumn, Long> values = new EnumMap<>(BeneficiaryColumn.class);
				values.put(BeneficiaryColumn.X1, c.x1[j]);
				values.put(BeneficiaryColumn.X2, c.x2[j]);
				values.put(BeneficiaryColumn.X, c.x[j]);
				values.put(BeneficiaryColumn.Y1, c.y1[j]);
				values.put(BeneficiaryColumn.Y2, c.y2[j]);
				values.put(BeneficiaryColumn.Y, c.y[j]);
				values.put(BeneficiaryColumn.Z1, c.byType[MembershipType.VOLUNTARY_VALUE][j]);
				values.put(BeneficiaryColumn.Z2, c.byType[MembershipType.AUTOMATIC_VALUE][j]);
				values.put(BeneficiaryColumn.Z3, c.byType[MembershipType.COMPULSORY_VALUE][j]);
				values.put(BeneficiaryColumn.DEPENDENTS, c.dependents[j]);
				derived.add(new BeneficiaryMonth(j, values));
			}
			months = List.copyOf(derived);
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
			listing = List.copyOf(ClaimsListing.derive(tables, calendar));
		}
		return listing;
	}

	/**
	 * @return the annual average, over the month ends of the year, of the members whose covering
	 *         contract lies in an area that was already covered in the previous year (M.3)
	 *         ({@code old == true}) or in an area new this year (M.4)
	 */
	public synchronized Optional<BigDecimal> averageMembersByAreaAge(boolean old) {
		if (!hasContracts()) {
			return Optional.empty();
		}
		long[] members = old ? counts().oldAreaMembers : counts().newAreaMembers;
		long total = 0;
		for (int j = 1; j <= 12; j++) {
			total += members[j];
		}
		return Optional.of(BigDecimal.valueOf(total).divide(TWELVE, MathContext.DECIMAL128));
	}

	/**
	 * @return the annual average of entitled beneficiaries per I.4 category: {@code sex:F},
	 *         {@code sex:M}, and the age groups {@code age_0_5}, {@code age_5_15}, {@code age_15_45},
	 *         {@code age_45_plus} (age at each month end); beneficiaries without sex or birth date are
	 *         counted under {@code sex:unknown} and {@code age_unknown}
	 */
	public synchronized Map<String, BigDecimal> averageBeneficiariesByCategory() {
		Map<String, BigDecimal> averages = new LinkedHashMap<>();
		counts().groupTotals.forEach(
				(key, total) -> averages.put(key, BigDecimal.valueOf(total).divide(TWELVE, MathContext.DECIMAL128)));
		return averages;
	}

	private MonthEndCounts counts() {
		if (counts == null) {
			counts = new MonthEndCounts(tables, calendar);
		}
		return counts;
	}
}
