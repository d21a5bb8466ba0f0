/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.min.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.min.internal.MicroinsuranceNetworkIndicators;
import org.hmis.eval.testing.RegisterFixtures;
import org.hmis.eval.testing.TranslatedTexts;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/** Family MIN's sources and reasons in French for the workbench and the dossier, English for the results contract. */
class MinFrenchSourcesTest {

	private static final MicroinsuranceNetworkIndicators FAMILY = new MicroinsuranceNetworkIndicators();

	@Test
	void accountRatiosInFrench() {
		IndicatorResult min10 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2005, "MIN.10");
		assertEquals("donn\u00e9e manquante : Tableau 2, ligne 1 (tr\u00e9sorerie en banque et en caisse), "
				+ "Tableau 2, ligne 3 (placements \u00e0 court terme), Tableau 2, ligne 12 (dettes \u00e0 court terme)",
				min10.reason().orElseThrow().message(Locale.FRENCH));
		IndicatorResult min9 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2005, "MIN.9");
		assertEquals("donn\u00e9e manquante : Tableau 2, ligne 7 (total de l'actif), Tableau 2, ligne 14 (total des dettes)",
				min9.reason().orElseThrow().message(Locale.FRENCH));
	}

	@Test
	void registerRatiosInFrench() {
		assertEquals("donn\u00e9e manquante : registre des contrats", VimoExample
				.result(FAMILY, VimoExample.evaluation(), 2006, "MIN.4").reason().orElseThrow().message(Locale.FRENCH));
		IndicatorResult min6 = VimoExample.result(FAMILY, RegisterFixtures.closedEnrolmentScheme(), 2006, "MIN.6");
		assertEquals("registre des prestations (2006)", min6.inputs().get(0).source(Locale.FRENCH));
		assertEquals("claims register (2006)", min6.inputs().get(0).source());
		IndicatorResult growth = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "MIN.7");
		assertEquals("Tableau 7 de 2006, Y - Y1 + Y2 du mois 1", growth.inputs().get(1).source(Locale.FRENCH));
	}

	@Test
	void everyTextHasItsFrenchTranslation() {
		TranslatedTexts.assertTranslated(MicroinsuranceNetworkIndicators.class, "org.hmis.eval.indicators.min.sources");
	}
}
