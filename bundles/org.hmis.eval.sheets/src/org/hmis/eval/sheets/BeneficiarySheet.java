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
 * Table 7 for one accounting year: the twelve months of membership figures and their annual
 * averages, which the growth and coverage indicators and Table 11 use.
 */
public final class BeneficiarySheet {

	private final BeneficiaryMonth[] months = new BeneficiaryMonth[12];

	/** @param months the months given; a month may be missing, a month may not be given twice */
	public BeneficiarySheet(List<BeneficiaryMonth> months) {
		for (BeneficiaryMonth month : months) {
			if (this.months[month.month() - 1] != null) {
				throw new IllegalArgumentException("month " + month.month() + " given twice");
			}
			this.months[month.month() - 1] = month;
		}
	}

	/** @return the value of a column in month {@code month} (1 to 12) */
	public OptionalLong value(BeneficiaryColumn column, int month) {
		BeneficiaryMonth given = months[month - 1];
		return given == null ? OptionalLong.empty() : given.value(column);
	}

	/** @return the twelve monthly values of a column, null where not given */
	public List<Long> monthly(BeneficiaryColumn column) {
		List<Long> values = new ArrayList<>(12);
		for (int month = 1; month <= 12; month++) {
			OptionalLong value = value(column, month);
			values.add(value.isPresent() ? value.getAsLong() : null);
		}
		return values;
	}

	/**
	 * @return the mean of the twelve monthly values of a column, empty unless all twelve are given
	 *         (a mean over part of the year would not be an annual average)
	 */
	public Optional<BigDecimal> annualAverage(BeneficiaryColumn column) {
		long total = 0;
		for (int month = 1; month <= 12; month++) {
			OptionalLong value = value(column, month);
			if (value.isEmpty()) {
				return Optional.empty();
			}
			total += value.getAsLong();
		}
		return Optional.of(BigDecimal.valueOf(total).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128));
	}
}
