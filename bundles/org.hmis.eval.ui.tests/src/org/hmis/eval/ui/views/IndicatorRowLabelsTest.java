/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.IndicatorServices;
import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.junit.jupiter.api.Test;

/**
 * The Indicators view's inputs column in the workbench's language: sources and reasons in French for
 * a French workbench, unchanged English otherwise. In this package to reach the package-private
 * label provider.
 */
class IndicatorRowLabelsTest {

	private final Evaluation vimo = vimoTable1();

	@Test
	void frenchWorkbenchShowsFrenchSources() {
		String inputs = IndicatorRowLabels.inputs(f5(2006), Locale.FRENCH);
		assertTrue(inputs.contains("(Tableau 1, ligne G (G = g1 + g2 + g3 + g4))"), inputs);
		assertTrue(inputs.contains("(Tableau 1, ligne C (C = A - B))"), inputs);
	}

	@Test
	void frenchWorkbenchShowsFrenchReasons() {
		assertEquals("donn\u00e9e manquante : Tableau 1, ligne G (sinistres survenus), "
				+ "Tableau 1, ligne C (cotisations acquises)", IndicatorRowLabels.inputs(f5(2005), Locale.FRENCH));
	}

	@Test
	void englishWorkbenchKeepsTheEnglishTexts() {
		assertEquals("G = 900,000 (Table 1, line G (G = g1 + g2 + g3 + g4)); C = 1,200,000 (Table 1, line C (C = A - B))",
				IndicatorRowLabels.inputs(f5(2006), Locale.ENGLISH));
		assertEquals("missing input: Table 1, line G (incurred claims), Table 1, line C (earned premiums)",
				IndicatorRowLabels.inputs(f5(2005), Locale.ENGLISH));
	}

	private IndicatorResult f5(int year) {
		return IndicatorServices.registry().computeAll(new ComputationContext(vimo, year)).stream()
				.filter(result -> result.code().equals("F.5")).findFirst().orElseThrow();
	}

	/** @return the guide's VIMO lines that F.5 reads (Table 1, 2006) */
	private static Evaluation vimoTable1() {
		Evaluation evaluation = ModelFactory.eINSTANCE.createEvaluation();
		AccountingYear year = ModelFactory.eINSTANCE.createAccountingYear();
		year.setYear(2006);
		String[] codes = { "A", "B", "g1", "g3" };
		long[] amounts = { 1_300_000, 100_000, 850_000, 50_000 };
		for (int i = 0; i < codes.length; i++) {
			AccountLine line = ModelFactory.eINSTANCE.createAccountLine();
			line.setCode(codes[i]);
			line.setAmount(BigDecimal.valueOf(amounts[i]));
			year.getAccountLines().add(line);
		}
		evaluation.getYears().add(year);
		return evaluation;
	}
}
