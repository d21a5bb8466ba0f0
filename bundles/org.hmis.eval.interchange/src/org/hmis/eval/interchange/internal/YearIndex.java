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

	/** Years outside this range are rejected as impossible dates (declared with the format). */
	public static final int FIRST_YEAR = org.hmis.eval.interchange.format.InterchangeFormat.FIRST_YEAR;
	public static final int LAST_YEAR = org.hmis.eval.interchange.format.InterchangeFormat.LAST_YEAR;

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
