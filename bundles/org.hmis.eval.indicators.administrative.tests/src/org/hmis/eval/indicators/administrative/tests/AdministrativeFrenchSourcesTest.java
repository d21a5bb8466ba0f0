/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.administrative.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.administrative.internal.AdministrativeIndicators;
import org.hmis.eval.model.EntitlementTool;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.testing.TranslatedTexts;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/** Family T's sources and reasons in French for the workbench and the dossier, English for the results contract. */
class AdministrativeFrenchSourcesTest {

	private static final AdministrativeIndicators FAMILY = new AdministrativeIndicators();

	@Test
	void entitlementVerificationInFrench() {
		Evaluation evaluation = VimoExample.evaluation();
		IndicatorResult none = VimoExample.result(FAMILY, evaluation, 2006, "T.4");
		assertEquals("donn\u00e9e manquante : notes (0 \u00e0 4) des outils de v\u00e9rification des droits utilis\u00e9s en 2006",
				none.reason().orElseThrow().message(Locale.FRENCH));
		EntitlementTool tool = ModelFactory.eINSTANCE.createEntitlementTool();
		tool.setTool("membership_card");
		tool.setScore(3);
		evaluation.getYears().get(0).getEntitlementTools().add(tool);
		IndicatorResult t4 = VimoExample.result(FAMILY, evaluation, 2006, "T.4");
		assertEquals("notes des outils de v\u00e9rification des droits, 2006, 1 outil(s)",
				t4.inputs().get(0).source(Locale.FRENCH));
		assertEquals("scores of the entitlement verification tools, 2006, 1 tools", t4.inputs().get(0).source(),
				"English by default");
		assertEquals("4 x 1 outil(s)", t4.inputs().get(1).source(Locale.FRENCH));
	}

	@Test
	void meanOfChecklistsQuotesItsPartsInFrench() {
		IndicatorResult t1 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "T.1");
		assertEquals("donn\u00e9e manquante : T.1.1 (donn\u00e9e manquante : les r\u00e9ponses aux 3 points de la grille T.1.1 "
				+ "(Outils de communication) pour l'exercice 2006)",
				t1.reason().orElseThrow().message(Locale.FRENCH).split(", T.1.2")[0]);
	}

	@Test
	void everyTextHasItsFrenchTranslation() {
		TranslatedTexts.assertTranslated(AdministrativeIndicators.class, "org.hmis.eval.indicators.administrative.sources");
	}
}
