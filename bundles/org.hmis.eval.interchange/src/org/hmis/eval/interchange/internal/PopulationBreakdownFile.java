/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.PopulationGroup;

/** Reads {@code population_breakdown.csv}: the area's population by sex or age group, per year. */
public final class PopulationBreakdownFile {

	public static final String NAME = "population_breakdown.csv";
	/** Extension (docs/interchange-extensions.md): the beneficiaries counted by the same categories. */
	public static final String BENEFICIARIES = "beneficiary_breakdown.csv";

	private PopulationBreakdownFile() {
	}

	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		CsvTable.read(folder, NAME, Set.of("year", "category", "count"), Set.of(), problems)
				.ifPresent(table -> readRows(table, evaluation, AccountingYear::getPopulationGroups));
		CsvTable.read(folder, BENEFICIARIES, Set.of("year", "category", "count"), Set.of(), problems)
				.ifPresent(table -> readRows(table, evaluation, AccountingYear::getBeneficiaryGroups));
	}

	private static void readRows(CsvTable table, Evaluation evaluation,
			Function<AccountingYear, List<PopulationGroup>> groups) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			Optional<String> category = row.requiredText("category");
			Optional<Long> count = row.count("count", true);
			if (year.isEmpty() || category.isEmpty() || count.isEmpty()
					|| !keys.isNew(row, "group " + category.get() + " for " + year.get(), year.get(), category.get())) {
				continue;
			}
			PopulationGroup group = ModelFactory.eINSTANCE.createPopulationGroup();
			group.setCategory(category.get());
			group.setCount(count.get());
			groups.apply(YearIndex.yearOf(evaluation, year.get())).add(group);
		}
	}
}
