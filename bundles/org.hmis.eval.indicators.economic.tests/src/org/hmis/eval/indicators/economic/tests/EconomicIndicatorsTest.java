/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.economic.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import org.hmis.eval.indicators.IndicatorFamily;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.IndicatorServices;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.indicators.NotComputable;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.economic.internal.EconomicIndicators;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** V.1 and V.2 on the guide's VIMO example, their not-computable paths and their registration. */
class EconomicIndicatorsTest {

	private static final EconomicIndicators FAMILY = new EconomicIndicators();
	private static Evaluation vimo;

	@BeforeAll
	static void importVimo() {
		vimo = VimoExample.evaluation();
	}

	@Test
	void selfFinancingRatioIs84Percent() {
		IndicatorResult v1 = VimoExample.result(FAMILY, vimo, 2006, "V.1");
		VimoExample.assertPrinted(v1, "84", "0.5", Unit.PERCENT);
		assertEquals("R / (X + hidden costs) x 100", v1.definition().formula());
		assertEquals("hidden costs (section 5), 3 activities", v1.inputs().get(2).source());
	}

	/**
	 * The guide prints 119 %, cutting 119.58 instead of rounding it (docs/guide-readings.md, G-1);
	 * the evaluator keeps the exact 1,435,000 / 1,200,000 x 100 = 119.58333... %.
	 */
	@Test
	void expenseWithHiddenCostsRatioIsTheExactValueNotTheCutOne() {
		IndicatorResult v2 = VimoExample.result(FAMILY, vimo, 2006, "V.2");
		VimoExample.assertPrinted(v2, "119.6", "0.05", Unit.PERCENT);
		BigDecimal exact = new BigDecimal("143500").divide(new BigDecimal("1200"), InputSet.PRECISION);
		assertEquals(0, exact.compareTo(v2.value().orElseThrow()));
		assertTrue(v2.value().orElseThrow().subtract(new BigDecimal("119")).compareTo(new BigDecimal("0.5")) > 0,
				"119 as printed is a cut, 0.58 away from the exact value");
	}

	@Test
	void yearWithoutDataNamesEveryMissingInput() {
		IndicatorResult v1 = VimoExample.result(FAMILY, vimo, 2005, "V.1");
		assertFalse(v1.isComputable());
		assertTrue(v1.value().isEmpty());
		assertEquals("missing input: Table 1, line R (total income), Table 1, line X (total expenses), hidden costs (section 5)",
				v1.reason().orElseThrow().message());
		IndicatorResult v2 = VimoExample.result(FAMILY, vimo, 2005, "V.2");
		assertEquals("missing input: Table 1, line X (total expenses), hidden costs (section 5), Table 1, line C (earned premiums)",
				v2.reason().orElseThrow().message());
	}

	@Test
	void zeroDenominatorsAreNamed() {
		Evaluation empty = VimoExample.withLines(2006, "A", 0, "E", 0, "g1", 0);
		IndicatorResult v1 = VimoExample.result(FAMILY, empty, 2006, "V.1");
		assertEquals(NotComputable.Kind.ZERO_DENOMINATOR, v1.reason().orElseThrow().kind());
		assertEquals("zero denominator: Table 1, line X + hidden costs is 0", v1.reason().orElseThrow().message());
		IndicatorResult v2 = VimoExample.result(FAMILY, empty, 2006, "V.2");
		assertEquals("zero denominator: Table 1, line C (C = A - B) is 0", v2.reason().orElseThrow().message());
		assertTrue(v2.value().isEmpty());
	}

	@Test
	void titlesAndReadingsInEnglishAndFrench() {
		IndicatorResult v1 = VimoExample.result(FAMILY, vimo, 2006, "V.1");
		assertEquals("Self-financing ratio", v1.definition().title(Locale.ENGLISH));
		assertEquals("Ratio d'autofinancement", v1.definition().title(Locale.FRENCH));
		assertTrue(v1.definition().reading(Locale.FRENCH).isPresent());
	}

	@Test
	void registryListsFamilyV() {
		assertTrue(IndicatorServices.registry().families().stream().map(IndicatorFamily::id).anyMatch("V"::equals));
	}

	@Test
	void everyCodeHasTitlesInEnglishAndFrenchAndAReading() {
		VimoExample.assertTitledInEnglishAndFrench(FAMILY);
	}
}
