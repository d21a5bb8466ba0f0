/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.util.Comparator;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;

/** Finds or creates the accounting year of an evaluation, keeping years in ascending order. */
public final class YearIndex {

	private YearIndex() {
	}

	public static AccountingYear yearOf(Evaluation evaluation, int year) {
		for (AccountingYear existing : evaluation.getYears()) {
			if (existing.getYear() == year) {
				return existing;
			}
		}
		AccountingYear created = ModelFactory.eINSTANCE.createAccountingYear();
		created.setYear(year);
		evaluation.getYears().add(created);
		evaluation.getYears().sort(Comparator.comparingInt(AccountingYear::getYear));
		return created;
	}
}
