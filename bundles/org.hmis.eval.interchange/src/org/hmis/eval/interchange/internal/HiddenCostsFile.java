/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.HiddenCost;
import org.hmis.eval.model.ModelFactory;

/** Reads {@code hidden_costs.csv}: activities paid by others, with their estimated cost. */
public final class HiddenCostsFile {

	public static final String NAME = "hidden_costs.csv";

	private HiddenCostsFile() {
	}

	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		CsvTable.read(folder, NAME, Set.of("year", "activity", "estimated_cost"), Set.of("included", "training"),
				problems).ifPresent(table -> readRows(table, evaluation));
	}

	private static void readRows(CsvTable table, Evaluation evaluation) {
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			Optional<String> activity = row.requiredText("activity");
			Optional<BigDecimal> cost = row.amount("estimated_cost", true);
			Optional<Boolean> included = row.yesNo("included", true);
			Optional<Boolean> training = row.yesNo("training", false);
			if (year.isEmpty() || activity.isEmpty() || cost.isEmpty() || included.isEmpty() || training.isEmpty()) {
				continue;
			}
			HiddenCost hiddenCost = ModelFactory.eINSTANCE.createHiddenCost();
			hiddenCost.setActivity(activity.get());
			hiddenCost.setEstimatedCost(cost.get());
			hiddenCost.setIncluded(included.get());
			hiddenCost.setTraining(training.get());
			YearIndex.yearOf(evaluation, year.get()).getHiddenCosts().add(hiddenCost);
		}
	}
}
