/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.efficiency.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.efficiency.internal.EfficiencyIndicators;
import org.hmis.eval.testing.TranslatedTexts;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/** Family C's sources and reasons in French for the workbench and the dossier, English for the results contract. */
class EfficiencyFrenchSourcesTest {

	private static final EfficiencyIndicators FAMILY = new EfficiencyIndicators();

	@Test
	void investmentIncomeInFrench() {
		IndicatorResult c1 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "C.1");
		assertEquals("Tableau 1, ligne E", c1.inputs().get(0).source(Locale.FRENCH));
		IndicatorResult missing = VimoExample.result(FAMILY, VimoExample.evaluation(), 2005, "C.1");
		assertEquals("donn\u00e9e manquante : Tableau 1, ligne E (produits des placements), Tableau 1, ligne R (total des produits)",
				missing.reason().orElseThrow().message(Locale.FRENCH));
		assertEquals("missing input: Table 1, line E (investment income), Table 1, line R (total income)",
				missing.reason().orElseThrow().message());
	}

	@Test
	void everyTextHasItsFrenchTranslation() {
		TranslatedTexts.assertTranslated(EfficiencyIndicators.class, "org.hmis.eval.indicators.efficiency.sources");
	}
}
