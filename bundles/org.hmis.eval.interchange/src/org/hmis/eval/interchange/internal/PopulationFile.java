/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.PopulationFigures;

/** Reads {@code population.csv}: Table 5, one row per year. */
public final class PopulationFile {

	public static final String NAME = "population.csv";

	private PopulationFile() {
	}

	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		CsvTable.read(folder, NAME, Set.of("year"), Set.of("area_population", "census_population", "census_year",
				"growth_rate", "area_km2", "target_population", "household_size", "area_income", "target_income"),
				problems).ifPresent(table -> readRows(table, evaluation));
	}

	private static void readRows(CsvTable table, Evaluation evaluation) {
		RowKeys years = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			PopulationFigures figures = ModelFactory.eINSTANCE.createPopulationFigures();
			row.count("area_population", false).ifPresent(figures::setAreaPopulation);
			row.count("census_population", false).ifPresent(figures::setCensusPopulation);
			row.integer("census_year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, false).ifPresent(figures::setCensusYear);
			Optional<BigDecimal> growth = row.signedOptional("growth_rate");
			growth.ifPresent(figures::setGrowthRate);
			row.amount("area_km2", false).ifPresent(figures::setAreaKm2);
			row.count("target_population", false).ifPresent(figures::setTargetPopulation);
			row.amount("household_size", false).ifPresent(figures::setHouseholdSize);
			row.amount("area_income", false).ifPresent(figures::setAreaIncome);
			row.amount("target_income", false).ifPresent(figures::setTargetIncome);
			if (year.isPresent() && years.isNew(row, "year " + year.get(), year.get())) {
				YearIndex.yearOf(evaluation, year.get()).setPopulation(figures);
			}
		}
	}
}
