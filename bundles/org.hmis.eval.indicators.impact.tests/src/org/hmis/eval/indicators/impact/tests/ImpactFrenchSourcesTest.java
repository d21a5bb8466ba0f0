/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.impact.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.impact.internal.ImpactIndicators;
import org.hmis.eval.testing.TranslatedTexts;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/** Family I's sources and reasons in French for the workbench and the dossier, English for the results contract. */
class ImpactFrenchSourcesTest {

	private static final ImpactIndicators FAMILY = new ImpactIndicators();

	@Test
	void coverageAndBreakdownInFrench() {
		IndicatorResult i3 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "I.3");
		assertEquals("Tableau 5, population de la zone (2006)", i3.inputs().get(1).source(Locale.FRENCH));
		assertEquals("Table 5, population of the area (2006)", i3.inputs().get(1).source());
		IndicatorResult i4 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "I.4");
		assertEquals("r\u00e9partition de la population (2006)", i4.inputs().get(0).source(Locale.FRENCH));
		IndicatorResult none = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "I.4");
		assertEquals("donn\u00e9e manquante : population de la zone par cat\u00e9gorie en 2006 (r\u00e9partition de la population), "
				+ "b\u00e9n\u00e9ficiaires par cat\u00e9gorie en 2006 (registre des b\u00e9n\u00e9ficiaires avec sexe et "
				+ "date de naissance, ou r\u00e9partition des b\u00e9n\u00e9ficiaires)",
				none.reason().orElseThrow().message(Locale.FRENCH));
	}

	@Test
	void providersInFrench() {
		IndicatorResult i1 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "I.1");
		assertEquals("Tableau 8 et activit\u00e9 des prestataires, 2006", i1.inputs().get(0).source(Locale.FRENCH));
		IndicatorResult i2 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "I.2");
		assertEquals("donn\u00e9e manquante : recettes de chaque prestataire pour 2006 (activit\u00e9 des prestataires : "
				+ "recettes totales et tickets mod\u00e9rateurs re\u00e7us)",
				i2.reason().orElseThrow().message(Locale.FRENCH));
	}

	@Test
	void everyTextHasItsFrenchTranslation() {
		TranslatedTexts.assertTranslated(ImpactIndicators.class, "org.hmis.eval.indicators.impact.sources");
	}
}
