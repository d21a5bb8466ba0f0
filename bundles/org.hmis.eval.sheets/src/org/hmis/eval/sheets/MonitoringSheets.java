/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The sheets the guide derives from Tables 7 and 8: Table 9 (structure of claims by category),
 * Table 10 (average cost per claim) and Table 11 (frequency of claims per 100 beneficiaries).
 * Every figure that would divide by zero, or concerns a service the provider does not offer, is
 * empty ("–" on paper), never 0.
 */
public final class MonitoringSheets {

	private static final MathContext PRECISION = MathContext.DECIMAL128;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final BeneficiarySheet beneficiaries;
	private final ClaimsSheet claims;

	public MonitoringSheets(BeneficiarySheet beneficiaries, ClaimsSheet claims) {
		this.beneficiaries = beneficiaries;
		this.claims = claims;
	}

	public BeneficiarySheet beneficiaries() {
		return beneficiaries;
	}

	public ClaimsSheet claims() {
		return claims;
	}

	/** @return Table 9: one row per category, with its shares of all claims and of their cost */
	public List<CategoryShare> structure() {
		SheetRowKey everything = new SheetRowKey(SheetRowKey.ALL, SheetRowKey.ALL);
		long allCount = claims.totalCount(everything);
		BigDecimal allCost = claims.totalCost(everything);
		List<CategoryShare> rows = new ArrayList<>();
		for (String category : claims.categories()) {
			SheetRowKey row = new SheetRowKey(SheetRowKey.ALL, category);
			long count = claims.totalCount(row);
			BigDecimal cost = claims.totalCost(row);
			rows.add(new CategoryShare(category, count, percent(BigDecimal.valueOf(count), BigDecimal.valueOf(allCount)),
					cost, percent(cost, allCost)));
		}
		return rows;
	}

	/** @return Table 10, one month: cost / claims; empty without claims */
	public Optional<BigDecimal> averageCost(SheetRowKey row, int month) {
		return claims.isOffered(row) ? ratio(claims.cost(row, month), BigDecimal.valueOf(claims.count(row, month)))
				: Optional.empty();
	}

	/** @return Table 10, the year: total cost / total claims (not the mean of the monthly averages) */
	public Optional<BigDecimal> annualAverageCost(SheetRowKey row) {
		return claims.isOffered(row) ? ratio(claims.totalCost(row), BigDecimal.valueOf(claims.totalCount(row)))
				: Optional.empty();
	}

	/** @return Table 11, one month: claims / beneficiaries of the month (Y_j) x 100 */
	public Optional<BigDecimal> frequency(SheetRowKey row, int month) {
		OptionalLong entitled = beneficiaries.value(BeneficiaryColumn.Y, month);
		if (!claims.isOffered(row) || entitled.isEmpty()) {
			return Optional.empty();
		}
		return percent(BigDecimal.valueOf(claims.count(row, month)), BigDecimal.valueOf(entitled.getAsLong()));
	}

	/** @return Table 11, the year: claims of the year / annual average of Y x 100 */
	public Optional<BigDecimal> annualFrequency(SheetRowKey row) {
		Optional<BigDecimal> averageY = beneficiaries.annualAverage(BeneficiaryColumn.Y);
		if (!claims.isOffered(row) || averageY.isEmpty()) {
			return Optional.empty();
		}
		return percent(BigDecimal.valueOf(claims.totalCount(row)), averageY.get());
	}

	private static Optional<BigDecimal> ratio(BigDecimal numerator, BigDecimal denominator) {
		return denominator.signum() == 0 ? Optional.empty() : Optional.of(numerator.divide(denominator, PRECISION));
	}

	private static Optional<BigDecimal> percent(BigDecimal part, BigDecimal whole) {
		return ratio(part.multiply(HUNDRED), whole);
	}
}
