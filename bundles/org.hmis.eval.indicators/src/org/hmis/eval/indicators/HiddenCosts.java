/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.HiddenCost;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;

/**
 * The hidden costs of year N (guide, Part II, section 5): activities the scheme did not pay for,
 * valued at what they would have cost it. Only the activities the evaluator marked as included
 * count. A year with accounts but no hidden cost listed has hidden costs of 0; a year without any
 * data has none, and indicators that need them say so.
 */
public final class HiddenCosts {

	private HiddenCosts() {
	}

	/** @return the sum of the included hidden costs of year N, with the number of activities */
	public static Optional<SourcedValue> included(ComputationContext context) {
		return total(context, HiddenCost::isIncluded, "input.hiddenCosts");
	}

	/** @return what to supply when {@link #included(ComputationContext)} is empty */
	public static LocalizedText includedWhereMissing() {
		return Messages.text("missing.hiddenCosts");
	}

	/** @return the sum of the included hidden costs of year N that are training */
	public static Optional<SourcedValue> includedTraining(ComputationContext context) {
		return total(context, cost -> cost.isIncluded() && cost.isTraining(), "input.trainingHiddenCosts");
	}

	/** @return what to supply when {@link #includedTraining(ComputationContext)} is empty */
	public static LocalizedText includedTrainingWhereMissing() {
		return Messages.text("missing.trainingHiddenCosts");
	}

	private static Optional<SourcedValue> total(ComputationContext context, Predicate<HiddenCost> filter,
			String sourceKey) {
		Optional<AccountingYear> year = context.accountingYear(context.year());
		if (year.isEmpty()) {
			return Optional.empty();
		}
		List<HiddenCost> counted = year.get().getHiddenCosts().stream()
				.filter(cost -> cost.getEstimatedCost() != null).filter(filter).toList();
		BigDecimal sum = counted.stream().map(HiddenCost::getEstimatedCost).reduce(BigDecimal.ZERO, BigDecimal::add);
		// The count twice: a number for the plural rule, digits for the text.
		return Optional.of(new SourcedValue(sum,
				Messages.text(sourceKey, counted.size(), String.valueOf(counted.size()))));
	}
}
