/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.min.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.NotComputable;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.min.internal.MicroinsuranceNetworkIndicators;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.registers.ClaimRow;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The MIN indicators computed from VIMO's Tables 1 and 2, and the registers they still wait for. */
class MinIndicatorsTest {

	private static final MicroinsuranceNetworkIndicators FAMILY = new MicroinsuranceNetworkIndicators();
	private static Evaluation vimo;

	@BeforeAll
	static void importVimo() {
		vimo = VimoExample.evaluation();
	}

	@ParameterizedTest(name = "{0} = {1} {3}")
	@CsvSource({
			"MIN.1,  7.5,     0.000001, %",
			"MIN.2,  30.4167, 0.0001,   %",
			"MIN.3,  75,      0.000001, %",
			"MIN.9,  3.16,    0.000001, ratio",
			"MIN.10, 4.9,     0.000001, ratio" })
	void computedFromVimoAccounts(String code, String expected, String tolerance, String unit) {
		VimoExample.assertPrinted(VimoExample.result(FAMILY, vimo, 2006, code), expected, tolerance, Unit.ofSymbol(unit));
	}

	@ParameterizedTest(name = "{0} waits for {1}")
	@CsvSource(delimiter = '|', value = {
			"MIN.4 | contracts register",
			"MIN.5 | claims paid in 2006 with their payment dates (claims register)",
			"MIN.6 | claims authorized or rejected in 2006 (claims register)",
			"MIN.7 | beneficiaries at the end of 2006 (Table 7",
			"MIN.8 | beneficiaries at the end of 2006 (Table 7" })
	void registerIndicatorsNameTheMissingRegister(String code, String register) {
		IndicatorResult result = VimoExample.result(FAMILY, vimo, 2006, code);
		assertFalse(result.isComputable());
		assertTrue(result.value().isEmpty(), "never 0");
		assertTrue(result.reason().orElseThrow().message().startsWith("missing input: " + register),
				result.reason().orElseThrow().message());
	}

	@Test
	void registerRatiosOfTheClosedEnrolmentFixture() {
		Evaluation registers = org.hmis.eval.testing.RegisterFixtures.closedEnrolmentScheme();
		// 320 of the 340 contracts of 2005 renewed; 1 of the 6 claims of 2006 rejected.
		assertEquals(0, BigDecimal.valueOf(320 * 100).divide(BigDecimal.valueOf(340), java.math.MathContext.DECIMAL128)
				.compareTo(VimoExample.result(FAMILY, registers, 2006, "MIN.4").value().orElseThrow()));
		assertEquals(100.0 / 6, VimoExample.result(FAMILY, registers, 2006, "MIN.6").value().orElseThrow().doubleValue(),
				1e-9);
		// Insured at year end: 480 members and 240 dependants in 2006; 340 and 170 in 2005.
		assertEquals(100.0 * (720 - 510) / 510,
				VimoExample.result(FAMILY, registers, 2006, "MIN.7").value().orElseThrow().doubleValue(), 1e-9);
		org.hmis.eval.testing.RegisterFixtures.rewrite(registers, contract -> contract, c -> c.claimId().equals("C1")
				? new ClaimRow(c.claimId(), c.beneficiaryId(), c.provider(), c.category(), c.serviceDate(), c.status(),
						c.amountCovered(), c.copayment(), c.decisionDate(), java.time.LocalDate.of(2006, 2, 9),
						c.admissionDate(), c.dischargeDate())
				: c);
		IndicatorResult promptness = VimoExample.result(FAMILY, registers, 2006, "MIN.5");
		assertEquals(0, BigDecimal.valueOf(30).compareTo(promptness.value().orElseThrow()), "10 January to 9 February");
	}

	@Test
	void sucuraGrowthAndCoverageFromTable7() {
		Evaluation sucura = VimoExample.sucura();
		IndicatorResult growth = VimoExample.result(FAMILY, sucura, 2006, "MIN.7");
		// December 2005 is not printed; January 2006's balance gives 1,810 - 120 + 98 = 1,788.
		assertEquals(100.0 * (1368 - 1788) / 1788, growth.value().orElseThrow().doubleValue(), 1e-9);
		assertEquals("Table 7 of 2006, Y - Y1 + Y2 of month 1", growth.inputs().get(1).source());
		assertEquals(100.0 * 1368 / 10300,
				VimoExample.result(FAMILY, sucura, 2006, "MIN.8").value().orElseThrow().doubleValue(), 1e-9);
	}

	@ParameterizedTest(name = "{0} with {1} = 0")
	@CsvSource(delimiter = '|', value = {
			"MIN.1  | Table 1, line C (C = A - B)",
			"MIN.2  | Table 1, line C (C = A - B)",
			"MIN.3  | Table 1, line C (C = A - B)",
			"MIN.9  | Table 2, line 14 (14 = 8 + 9 + 10 + 11 + 12 + 13)",
			"MIN.10 | Table 2, line 12" })
	void zeroDenominatorsAreNamed(String code, String denominator) {
		Evaluation zeros = VimoExample.withLines(2006, "A", 0, "g1", 0, "h1", 0, "S", 5, "1", 5, "3", 0, "12", 0);
		IndicatorResult result = VimoExample.result(FAMILY, zeros, 2006, code);
		assertTrue(result.value().isEmpty());
		assertEquals(NotComputable.Kind.ZERO_DENOMINATOR, result.reason().orElseThrow().kind());
		assertEquals("zero denominator: " + denominator + " is 0", result.reason().orElseThrow().message());
	}

	@Test
	void yearWithoutAccountsNamesTheMissingLines() {
		IndicatorResult min10 = VimoExample.result(FAMILY, vimo, 2005, "MIN.10");
		assertEquals("missing input: Table 2, line 1 (cash and due from banks), Table 2, line 3 (short-term investments), "
				+ "Table 2, line 12 (short-term liabilities)", min10.reason().orElseThrow().message());
		IndicatorResult min1 = VimoExample.result(FAMILY, vimo, 2005, "MIN.1");
		assertEquals("missing input: Table 1, line Z (net income), Table 1, line C (earned premiums)",
				min1.reason().orElseThrow().message());
	}

	@Test
	void familyIsMinWithFrenchTitles() {
		assertEquals("MIN", FAMILY.id());
		assertEquals("Ratio de solvabilit\u00e9",
				VimoExample.result(FAMILY, vimo, 2006, "MIN.9").definition().title(Locale.FRENCH));
		assertEquals(0, new BigDecimal("3.16").compareTo(VimoExample.result(FAMILY, vimo, 2006, "MIN.9").value().orElseThrow()));
	}

	@Test
	void everyCodeHasTitlesInEnglishAndFrenchAndAReading() {
		VimoExample.assertTitledInEnglishAndFrench(FAMILY);
	}
}
