/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.economic.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.economic.internal.EconomicIndicators;
import org.hmis.eval.testing.TranslatedTexts;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/** Family V's sources and reasons in French for the workbench and the dossier, English for the results contract. */
class EconomicFrenchSourcesTest {

	private static final EconomicIndicators FAMILY = new EconomicIndicators();

	@Test
	void selfFinancingWithoutDataNamesItsInputsInFrench() {
		IndicatorResult v1 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2005, "V.1");
		assertEquals("donn\u00e9e manquante : Tableau 1, ligne R (total des produits), Tableau 1, ligne X (total des charges), "
				+ "co\u00fbts cach\u00e9s (section 5)", v1.reason().orElseThrow().message(Locale.FRENCH));
	}

	@Test
	void zeroDenominatorAndSourcesInFrench() {
		IndicatorResult zero = VimoExample.result(FAMILY, VimoExample.withLines(2006, "A", 0, "E", 0, "g1", 0), 2006, "V.1");
		assertEquals("d\u00e9nominateur nul : Tableau 1, ligne X + co\u00fbts cach\u00e9s vaut 0",
				zero.reason().orElseThrow().message(Locale.FRENCH));
		assertEquals("zero denominator: Table 1, line X + hidden costs is 0", zero.reason().orElseThrow().message());
		IndicatorResult v2 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "V.2");
		assertEquals("Tableau 1, ligne X (X = G + H + I + K)", v2.inputs().get(0).source(Locale.FRENCH));
	}

	@Test
	void everyTextHasItsFrenchTranslation() {
		TranslatedTexts.assertTranslated(EconomicIndicators.class, "org.hmis.eval.indicators.economic.sources");
	}
}
