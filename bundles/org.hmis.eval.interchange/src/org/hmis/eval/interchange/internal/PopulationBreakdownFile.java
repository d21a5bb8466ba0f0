/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.PopulationGroup;

/** Reads {@code population_breakdown.csv}: the area's population by sex or age group, per year. */
public final class PopulationBreakdownFile {

	public static final String NAME = "population_breakdown.csv";

	private PopulationBreakdownFile() {
	}

	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		CsvTable.read(folder, NAME, Set.of("year", "category", "count"), Set.of(), problems)
				.ifPresent(table -> readRows(table, evaluation));
	}

	private static void readRows(CsvTable table, Evaluation evaluation) {
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
			YearIndex.yearOf(evaluation, year.get()).getPopulationGroups().add(group);
		}
	}
}
