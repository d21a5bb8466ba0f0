/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.humanresources.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.humanresources.internal.HumanResourcesIndicators;
import org.hmis.eval.testing.TranslatedTexts;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/** Family H's sources and reasons in French for the workbench and the dossier, English for the results contract. */
class HumanResourcesFrenchSourcesTest {

	private static final HumanResourcesIndicators FAMILY = new HumanResourcesIndicators();

	@Test
	void trainingInputsInFrench() {
		IndicatorResult h21 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "H.2.1");
		assertEquals("co\u00fbts cach\u00e9s de formation (section 5), 1 activit\u00e9",
				h21.inputs().get(1).source(Locale.FRENCH));
		IndicatorResult missing = VimoExample.result(FAMILY, VimoExample.evaluation(), 2005, "H.2.1");
		assertEquals("donn\u00e9e manquante : ligne training_expenses (d\u00e9penses de formation du tableau 1), "
				+ "co\u00fbts cach\u00e9s de formation (section 5), Tableau 1, ligne J (charges de fonctionnement)",
				missing.reason().orElseThrow().message(Locale.FRENCH));
		assertEquals("missing input: line training_expenses (training expenses in Table 1), "
				+ "training hidden costs (section 5), Table 1, line J (operating expenses)",
				missing.reason().orElseThrow().message());
	}

	@Test
	void staffChecklistInFrench() {
		IndicatorResult h1 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "H.1");
		String reason = h1.reason().orElseThrow().message(Locale.FRENCH);
		assertTrue(reason.startsWith("donn\u00e9e manquante : les r\u00e9ponses aux 8 points de la grille H.1 (")
				&& reason.endsWith(") pour l'exercice 2006"), reason);
	}

	@Test
	void everyTextHasItsFrenchTranslation() {
		TranslatedTexts.assertTranslated(HumanResourcesIndicators.class, "org.hmis.eval.indicators.humanresources.sources");
	}
}
