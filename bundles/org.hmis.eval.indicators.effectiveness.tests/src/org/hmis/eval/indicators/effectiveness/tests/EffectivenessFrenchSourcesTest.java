/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.effectiveness.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.effectiveness.internal.EffectivenessIndicators;
import org.hmis.eval.testing.TranslatedTexts;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/** Family E's sources and reasons in French for the workbench and the dossier, English for the results contract. */
class EffectivenessFrenchSourcesTest {

	private static final EffectivenessIndicators FAMILY = new EffectivenessIndicators();

	@Test
	void utilizationAndSurveySamplesInFrench() {
		IndicatorResult e1 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "E.1");
		assertEquals("Tableau 8, 2006, hospitalization, tous prestataires", e1.inputs().get(0).source(Locale.FRENCH));
		assertEquals("Table 8, 2006, hospitalization, all providers", e1.inputs().get(0).source());
		IndicatorResult e32 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "E.3.2");
		assertEquals("\u00e9chantillons d'enqu\u00eate, d\u00e9lai de recours aux soins, non-b\u00e9n\u00e9ficiaires, somme des jours (2006)",
				e32.inputs().get(0).source(Locale.FRENCH));
		IndicatorResult e3 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "E.3");
		// E.3.2 = 47 / 4: four non-beneficiaries were surveyed.
		assertEquals("\u00e9chantillons d'enqu\u00eate, d\u00e9lai de recours aux soins, non-b\u00e9n\u00e9ficiaires, moyenne sur 4 cas (2006)",
				e3.inputs().get(1).source(Locale.FRENCH));
		assertEquals("survey samples, latent period, non-beneficiaries, mean over 4 cases (2006)",
				e3.inputs().get(1).source());
	}

	@Test
	void missingSurveysInFrench() {
		assertEquals("donn\u00e9e manquante : d\u00e9lai de recours aux soins des b\u00e9n\u00e9ficiaires de l'\u00e9chantillon en 2006 "
				+ "(enqu\u00eate par sondage)",
				VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "E.3.1").reason().orElseThrow()
						.message(Locale.FRENCH));
		assertEquals("donn\u00e9e manquante : enqu\u00eate aupr\u00e8s des m\u00e9nages sur les cas de maladie des "
				+ "b\u00e9n\u00e9ficiaires pour 2006",
				VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "E.6").reason().orElseThrow()
						.message(Locale.FRENCH));
	}

	@Test
	void comparativeUtilizationQuotesE1sReasonInFrench() {
		IndicatorResult e2 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "E.2");
		String french = e2.reason().orElseThrow().message(Locale.FRENCH);
		assertTrue(french.startsWith("donn\u00e9e manquante : E.1 de 2006 (donn\u00e9e manquante : prestations pour "
				+ "hospitalisations non programm\u00e9es (hospitalization) en 2006 (tableau 8)"), french);
		assertTrue(french.endsWith("population des non-b\u00e9n\u00e9ficiaires en 2006 (activit\u00e9 des prestataires)"), french);
		assertTrue(e2.reason().orElseThrow().message().startsWith("missing input: E.1 of 2006 (missing input: claims for "
				+ "non-programmed hospitalizations (hospitalization) in 2006"), e2.reason().orElseThrow().message());
	}

	@Test
	void everyTextHasItsFrenchTranslation() {
		TranslatedTexts.assertTranslated(EffectivenessIndicators.class, "org.hmis.eval.indicators.effectiveness.sources");
	}
}
