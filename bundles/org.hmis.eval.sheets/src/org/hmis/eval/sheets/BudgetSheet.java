/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.BudgetLine;

/**
 * Tables 12 (budget) and 13 (cash flow) as the guide lays them out: for each line and quarter, the
 * budgeted and actual amounts, their difference (actual - budgeted) and that difference as a
 * percentage of the budgeted amount, empty when nothing was budgeted.
 */
public final class BudgetSheet {

	/** One line of one quarter. */
	public record Row(String line, int quarter, Optional<BigDecimal> budgeted, Optional<BigDecimal> actual) {

		public Optional<BigDecimal> difference() {
			return budgeted.isPresent() && actual.isPresent() ? Optional.of(actual.get().subtract(budgeted.get()))
					: Optional.empty();
		}

		public Optional<BigDecimal> differencePercent() {
			return difference().filter(d -> budgeted.get().signum() != 0).map(
					d -> d.multiply(BigDecimal.valueOf(100)).divide(budgeted.get(), MathContext.DECIMAL128));
		}
	}

	private BudgetSheet() {
	}

	/** @return the rows of {@code sheet} (Table 12 or 13) of the year, in the order entered */
	public static List<Row> of(AccountingYear year, org.hmis.eval.model.BudgetSheet sheet) {
		if (year == null) {
			return List.of();
		}
		return year.getBudgetLines().stream().filter(line -> line.getSheet() == sheet)
				.map(BudgetSheet::row).toList();
	}

	private static Row row(BudgetLine line) {
		return new Row(line.getLine(), line.getQuarter(), Optional.ofNullable(line.getBudgeted()),
				Optional.ofNullable(line.getActual()));
	}
}
