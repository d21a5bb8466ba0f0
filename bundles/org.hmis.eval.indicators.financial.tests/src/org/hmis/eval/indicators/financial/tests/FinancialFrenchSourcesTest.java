/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.financial.internal.FinancialIndicators;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.testing.TranslatedTexts;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/** Family F's sources and reasons in French for the workbench and the dossier, English for the results contract. */
class FinancialFrenchSourcesTest {

	private final FinancialIndicators family = new FinancialIndicators();

	@Test
	void claimsRatioInputsNameTheirLinesInFrench() {
		IndicatorResult f5 = VimoExample.result(family, Evaluations.vimo2006(), 2006, "F.5");
		assertEquals("Tableau 1, ligne G (G = g1 + g2 + g3 + g4)", f5.inputs().get(0).source(Locale.FRENCH));
		assertEquals("Tableau 1, ligne C (C = A - B)", f5.inputs().get(1).source(Locale.FRENCH));
		assertEquals("Table 1, line G (G = g1 + g2 + g3 + g4)",
				f5.inputs().get(0).source(), "the contract is unchanged");
	}

	@Test
	void claimsRatioWithoutAccountsNamesTheLinesInFrench() {
		IndicatorResult f5 = VimoExample.result(family, Evaluations.vimo2006(), 2005, "F.5");
		assertEquals("donn\u00e9e manquante : Tableau 1, ligne G (sinistres survenus), Tableau 1, ligne C (cotisations acquises)",
				f5.reason().orElseThrow().message(Locale.FRENCH));
		assertEquals("missing input: Table 1, line G (incurred claims), Table 1, line C (earned premiums)",
				f5.reason().orElseThrow().message());
	}

	@Test
	void zeroDenominatorAndInvestmentsInFrench() {
		Evaluation zeros = Evaluations.withLines(2006, "8", 0, "12", 0, "16", 0, "17", 0, "18", 10);
		assertEquals("d\u00e9nominateur nul : Tableau 2, ligne 14 (14 = 8 + 9 + 10 + 11 + 12 + 13) vaut 0",
				VimoExample.result(family, zeros, 2006, "F.2").reason().orElseThrow().message(Locale.FRENCH));
		assertEquals("donn\u00e9e manquante : liste des placements avec leur valeur comptable (tableau 14)",
				VimoExample.result(family, zeros, 2006, "F.7").reason().orElseThrow().message(Locale.FRENCH));
		IndicatorResult f7 = VimoExample.result(family, VimoExample.evaluation(), 2006, "F.7");
		assertEquals("Tableau 14, valeur comptable totale", f7.inputs().get(1).source(Locale.FRENCH));
	}

	@Test
	void hiddenCostsOfOperatingIncomeInFrench() {
		IndicatorResult oi = VimoExample.result(family, VimoExample.evaluation(), 2006, "OI");
		assertEquals("co\u00fbts cach\u00e9s (section 5), 3 activit\u00e9s", oi.inputs().get(1).source(Locale.FRENCH));
		assertEquals("hidden costs (section 5), 3 activities", oi.inputs().get(1).source());
	}

	@Test
	void checklistReasonNamesTheFrenchChecklist() {
		IndicatorResult f8 = VimoExample.result(family, VimoExample.evaluation(), 2006, "F.8");
		assertEquals("donn\u00e9e manquante : une r\u00e9ponse \u00e0 la grille F.8 (Adossement actif-passif) pour l'exercice 2006",
				f8.reason().orElseThrow().message(Locale.FRENCH));
	}

	@Test
	void everyTextHasItsFrenchTranslation() {
		TranslatedTexts.assertTranslated(FinancialIndicators.class, "org.hmis.eval.indicators.financial.sources");
	}
}
