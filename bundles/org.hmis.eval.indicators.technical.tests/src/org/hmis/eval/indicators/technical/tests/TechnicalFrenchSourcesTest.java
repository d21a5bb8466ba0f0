/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.technical.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.technical.internal.TechnicalIndicators;
import org.hmis.eval.testing.TranslatedTexts;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/** Family G's sources and reasons in French for the workbench and the dossier, English for the results contract. */
class TechnicalFrenchSourcesTest {

	private static final TechnicalIndicators FAMILY = new TechnicalIndicators();

	@Test
	void averageClaimCostInFrench() {
		IndicatorResult g31 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "G.3.1");
		assertEquals("Tableau 8, 2006, tous prestataires et cat\u00e9gories",
				g31.inputs().get(0).source(Locale.FRENCH));
		assertEquals("Table 8, 2006, all providers and categories", g31.inputs().get(0).source());
		IndicatorResult none = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "G.3.1");
		assertEquals("donn\u00e9e manquante : prestations par prestataire, cat\u00e9gorie et mois de 2006 (tableau 8)",
				none.reason().orElseThrow().message(Locale.FRENCH));
	}

	@Test
	void riskPortfolioInFrench() {
		IndicatorResult g2 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "G.2");
		assertEquals("Tableau 16 (2006), points des mesures appliqu\u00e9es", g2.inputs().get(0).source(Locale.FRENCH));
		IndicatorResult none = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "G.2");
		assertEquals("donn\u00e9e manquante : Tableau 16 de 2006 : services couverts et mesures appliqu\u00e9es",
				none.reason().orElseThrow().message(Locale.FRENCH));
		assertEquals("donn\u00e9e manquante : b\u00e9n\u00e9ficiaires par type et unit\u00e9 d'adh\u00e9sion en 2006",
				VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "G.1").reason().orElseThrow().message(Locale.FRENCH));
	}

	@Test
	void everyTextHasItsFrenchTranslation() {
		TranslatedTexts.assertTranslated(TechnicalIndicators.class, "org.hmis.eval.indicators.technical.sources");
	}
}
