/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.ChecklistAnswer;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.checklists.ChecklistCatalog;

/**
 * Reads {@code checklists.csv}, an extension of the interchange format
 * (docs/interchange-extensions.md): the evaluator's answers to the guide's assessment checklists,
 * one row per item. Unknown checklists and item numbers are refused.
 */
public final class ChecklistFile {

	public static final String NAME = "checklists.csv";

	private ChecklistFile() {
	}

	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		CsvTable.read(folder, NAME, Set.of("year", "checklist", "item", "met"), Set.of("remark"), problems)
				.ifPresent(table -> readRows(table, evaluation));
	}

	private static void readRows(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		ChecklistCatalog catalog = ChecklistCatalog.get();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			Optional<String> checklist = row.requiredText("checklist");
			Optional<Integer> items = checklist.flatMap(catalog::itemCount);
			if (checklist.isPresent() && items.isEmpty()) {
				row.error("unknown checklist: '" + checklist.get() + "' (known: "
						+ String.join(", ", catalog.checklists()) + ")");
			}
			Optional<Integer> item = items.isEmpty() ? Optional.empty() : row.integer("item", 1, items.get(), true);
			Optional<Boolean> met = row.requiredText("met").flatMap(text -> row.yesNo("met", false));
			if (year.isEmpty() || item.isEmpty() || met.isEmpty() || !keys.isNew(row,
					"item " + item.get() + " of checklist " + checklist.get() + " for " + year.get(), year.get(),
					checklist.get(), item.get())) {
				continue;
			}
			ChecklistAnswer answer = ModelFactory.eINSTANCE.createChecklistAnswer();
			answer.setChecklist(checklist.get());
			answer.setItem(item.get());
			answer.setMet(met.get());
			row.text("remark").ifPresent(answer::setRemark);
			YearIndex.yearOf(evaluation, year.get()).getChecklistAnswers().add(answer);
		}
	}
}
