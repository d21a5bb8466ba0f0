/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.MonthlyBeneficiaries;

/** Reads {@code monthly_beneficiaries.csv}: Table 7 as aggregated monthly figures. */
public final class MonthlyBeneficiariesFile {

	public static final String NAME = "monthly_beneficiaries.csv";

	private MonthlyBeneficiariesFile() {
	}

	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		CsvTable.read(folder, NAME, Set.of("year", "month"),
				Set.of("X1", "X2", "X", "Y1", "Y2", "Y", "Z1", "Z2", "Z3", "dependents"), problems)
				.ifPresent(table -> readRows(table, evaluation));
	}

	private static void readRows(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			Optional<Integer> month = row.integer("month", 1, 12, true);
			MonthlyBeneficiaries sheet = ModelFactory.eINSTANCE.createMonthlyBeneficiaries();
			row.count("X1", false).ifPresent(sheet::setX1);
			row.count("X2", false).ifPresent(sheet::setX2);
			row.count("X", false).ifPresent(sheet::setX);
			row.count("Y1", false).ifPresent(sheet::setY1);
			row.count("Y2", false).ifPresent(sheet::setY2);
			row.count("Y", false).ifPresent(sheet::setY);
			row.count("Z1", false).ifPresent(sheet::setZ1);
			row.count("Z2", false).ifPresent(sheet::setZ2);
			row.count("Z3", false).ifPresent(sheet::setZ3);
			row.count("dependents", false).ifPresent(sheet::setDependents);
			if (year.isEmpty() || month.isEmpty()
					|| !keys.isNew(row, "month " + month.get() + " of " + year.get(), year.get(), month.get())) {
				continue;
			}
			sheet.setMonth(month.get());
			YearIndex.yearOf(evaluation, year.get()).getMonthlyBeneficiaries().add(sheet);
		}
	}
}
