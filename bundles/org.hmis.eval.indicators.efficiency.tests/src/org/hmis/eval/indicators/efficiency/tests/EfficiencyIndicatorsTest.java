/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.efficiency.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.hmis.eval.indicators.IndicatorFamily;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.IndicatorServices;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.efficiency.internal.EfficiencyIndicators;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/** C.1 on the guide's VIMO example, its not-computable paths and its registration. */
class EfficiencyIndicatorsTest {

	private static final EfficiencyIndicators FAMILY = new EfficiencyIndicators();

	@Test
	void investmentIncomeIs041Percent() {
		IndicatorResult c1 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "C.1");
		VimoExample.assertPrinted(c1, "0.41", "0.005", Unit.PERCENT);
		assertEquals("Table 1, line E", c1.inputs().get(0).source());
		assertEquals("Table 1, line R (R = C + D + E + F)", c1.inputs().get(1).source());
	}

	@Test
	void yearWithoutDataNamesBothLines() {
		IndicatorResult c1 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2005, "C.1");
		assertFalse(c1.isComputable());
		assertEquals("missing input: Table 1, line E (investment income), Table 1, line R (total income)",
				c1.reason().orElseThrow().message());
	}

	@Test
	void zeroTotalIncomeIsNamed() {
		IndicatorResult c1 = VimoExample.result(FAMILY, VimoExample.withLines(2006, "A", 0, "E", 0), 2006, "C.1");
		assertTrue(c1.value().isEmpty());
		assertEquals("zero denominator: Table 1, line R (R = C + D + E + F) is 0", c1.reason().orElseThrow().message());
	}

	@Test
	void titleInBothLanguagesAndRegistration() {
		IndicatorResult c1 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "C.1");
		assertEquals("Produits des placements", c1.definition().title(Locale.FRENCH));
		assertTrue(IndicatorServices.registry().families().stream().map(IndicatorFamily::id).anyMatch("C"::equals));
	}

	@Test
	void everyCodeHasTitlesInEnglishAndFrenchAndAReading() {
		VimoExample.assertTitledInEnglishAndFrench(FAMILY);
	}
}
