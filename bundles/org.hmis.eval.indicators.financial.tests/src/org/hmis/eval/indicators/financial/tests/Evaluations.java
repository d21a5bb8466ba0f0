/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.tests;

import java.math.BigDecimal;

import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;

/** Builds small evaluations for the financial indicator tests. */
final class Evaluations {

	private Evaluations() {
	}

	/** @return an evaluation of {@code year} with the given lines, alternating code and amount */
	static Evaluation withLines(int year, Object... codesAndAmounts) {
		ModelFactory factory = ModelFactory.eINSTANCE;
		Evaluation evaluation = factory.createEvaluation();
		evaluation.setScheme(factory.createScheme());
		evaluation.getScheme().setName("test scheme");
		AccountingYear accountingYear = factory.createAccountingYear();
		accountingYear.setYear(year);
		for (int i = 0; i < codesAndAmounts.length; i += 2) {
			AccountLine line = factory.createAccountLine();
			line.setCode((String) codesAndAmounts[i]);
			line.setAmount(BigDecimal.valueOf(((Number) codesAndAmounts[i + 1]).longValue()));
			accountingYear.getAccountLines().add(line);
		}
		evaluation.getYears().add(accountingYear);
		return evaluation;
	}

	/** @return the VIMO example's Table 1 lines that F.5 depends on (guide, Table 1) */
	static Evaluation vimo2006() {
		return withLines(2006, "A", 1_300_000, "B", 100_000, "E", 5_000, "g1", 850_000, "g3", 50_000);
	}
}
