/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.ChecklistAnswer;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.checklists.ChecklistCatalog;
import org.hmis.eval.model.text.LocalizedText;

/**
 * Indicators scored on one of the guide's assessment checklists (T.1.1 to T.8, H.1, F.8, F.9): the
 * share of items met, each item weighing the same, in percent; or 1 / 0 for the one-item
 * checklists F.8 and F.9. Every item must be answered: a checklist answered in part is not
 * computable, and says which items are missing.
 */
public final class Checklists {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Checklists() {
	}

	/** @return the calculator of a checklist scored in percent */
	public static IndicatorCalculator percent(String checklist) {
		return (definition, context) -> result(definition, context, checklist, HUNDRED);
	}

	/** @return the calculator of a one-item checklist scored 1 (met) or 0 (not met) */
	public static IndicatorCalculator binary(String checklist) {
		return (definition, context) -> result(definition, context, checklist, BigDecimal.ONE);
	}

	/**
	 * @return the mean of other indicators' results (T.1, T.2, T.5, T.9); not computable unless
	 *         every part is
	 */
	public static IndicatorResult mean(IndicatorDefinition definition, List<IndicatorResult> parts) {
		InputSet inputs = InputSet.of(definition);
		BigDecimal sum = BigDecimal.ZERO;
		for (IndicatorResult part : parts) {
			LocalizedText why = part.reason().map(reason -> LocalizedText.of(reason::message))
					.orElse(LocalizedText.literal(""));
			inputs.add(part.code(),
					part.value().map(value -> new SourcedValue(value, Messages.text("input.indicator", part.code()))),
					Messages.text("missing.part", part.code(), why));
			sum = sum.add(part.value().orElse(BigDecimal.ZERO));
		}
		return inputs.result(sum.divide(BigDecimal.valueOf(parts.size()), InputSet.PRECISION));
	}

	private static IndicatorResult result(IndicatorDefinition definition, ComputationContext context, String checklist,
			BigDecimal scale) {
		int items = ChecklistCatalog.get().itemCount(checklist)
				.orElseThrow(() -> new IllegalArgumentException("no checklist " + checklist));
		Map<Integer, ChecklistAnswer> answers = new TreeMap<>();
		context.rowsOfYear(AccountingYear::getChecklistAnswers).stream().filter(answer -> checklist.equals(answer.getChecklist()))
				.forEach(answer -> answers.put(answer.getItem(), answer));
		List<Integer> unanswered = new ArrayList<>();
		long met = 0;
		for (int item = 1; item <= items; item++) {
			ChecklistAnswer answer = answers.get(item);
			if (answer == null) {
				unanswered.add(item);
			} else if (answer.isMet()) {
				met++;
			}
		}
		LocalizedText source = Messages.text("input.checklist", checklist, context.year());
		InputSet inputs = InputSet.of(definition);
		if (!unanswered.isEmpty()) {
			// The checklist's title comes from the model's catalog, in the same language as the phrase.
			LocalizedText title = LocalizedText.of(locale -> ChecklistCatalog.get().title(checklist, locale));
			String key = items == 1 ? "missing.checklistAnswer"
					: unanswered.size() == items ? "missing.checklistAllItems" : "missing.checklistItems";
			Object which = unanswered.size() == items ? items : unanswered.toString();
			return inputs.add("items met", Optional.empty(),
					Messages.text(key, checklist, title, context.year(), which)).missingResult();
		}
		return inputs.add("items met", Optional.of(new SourcedValue(BigDecimal.valueOf(met), source)), "")
				.add("items", Optional.of(new SourcedValue(BigDecimal.valueOf(items), source)), "")
				.quotient("items met", "items", scale);
	}
}
