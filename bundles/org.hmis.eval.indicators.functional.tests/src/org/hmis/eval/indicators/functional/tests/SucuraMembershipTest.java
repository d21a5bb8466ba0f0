/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.functional.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.functional.internal.FunctionalIndicators;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Membership growth and penetration on the guide's Sucura example (examples/sucura: the 2006
 * monthly sheet, the annual averages of 2004 and 2005 and Table 5), against the printed figures.
 */
class SucuraMembershipTest {

	private static final FunctionalIndicators FAMILY = new FunctionalIndicators();

	private static Evaluation sucura;

	@BeforeAll
	static void importSucura() throws Exception {
		sucura = InterchangeImporter.importFolder(Path.of(System.getProperty("hmis.examples"), "sucura")).evaluation();
	}

	@ParameterizedTest(name = "{0} for {1}: guide prints {2}")
	@CsvSource({ "M.1, 2005, 60.8", "M.1.1, 2005, 61.3", "M.1.1, 2006, 11.5", "M.1.2, 2005, 61.4",
			"M.1.2, 2006, 11.5", "M.3, 2005, -8.8", "M.4, 2005, 69.6", "M.5, 2004, 9.5", "M.5, 2005, 15.0",
			"M.5, 2006, 16.6" })
	void reproducesThePrintedFigure(String code, int year, String printed) {
		VimoExample.assertPrinted(VimoExample.result(FAMILY, sucura, year, code), printed, "0.05", Unit.PERCENT);
	}

	@Test
	void membershipGrowthOf2006UsesTheUnroundedAverage() {
		// The guide prints 11.3 %, computed from the average rounded to 265 members; the monthly
		// sheet gives 3,185 / 12 = 265.4167, so (265.4167 - 238) / 238 = 11.52 %.
		IndicatorResult m1 = VimoExample.result(FAMILY, sucura, 2006, "M.1");
		BigDecimal value = m1.value().orElseThrow();
		assertTrue(value.subtract(new BigDecimal("11.5196")).abs().compareTo(new BigDecimal("0.0001")) < 0, value.toPlainString());
		assertEquals("Table 7, annual average of X (2006)", m1.inputs().get(0).source());
		assertEquals("membership averages, members (2005)", m1.inputs().get(1).source());
	}

	@Test
	void internalAndExternalGrowthAddUpToOverallGrowth() {
		BigDecimal m3 = VimoExample.result(FAMILY, sucura, 2005, "M.3").value().orElseThrow();
		BigDecimal m4 = VimoExample.result(FAMILY, sucura, 2005, "M.4").value().orElseThrow();
		BigDecimal m1 = VimoExample.result(FAMILY, sucura, 2005, "M.1").value().orElseThrow();
		assertTrue(m1.subtract(m3.add(m4)).abs().compareTo(new BigDecimal("1e-25")) < 0,
				"M.3 + M.4 = " + m3.add(m4) + ", M.1 = " + m1);
	}

	@Test
	void firstYearHasNoGrowthBecauseTheYearBeforeIsMissing() {
		IndicatorResult m1 = VimoExample.result(FAMILY, sucura, 2004, "M.1");
		assertTrue(m1.value().isEmpty());
		assertTrue(m1.reason().orElseThrow().message().contains("annual average of members in 2003"),
				m1.reason().orElseThrow().message());
	}
}
