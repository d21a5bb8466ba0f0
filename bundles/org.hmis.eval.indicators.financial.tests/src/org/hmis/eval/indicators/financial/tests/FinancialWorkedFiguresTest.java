/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.financial.internal.FinancialIndicators;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.accounts.AccountLines;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every worked VIMO figure of family F and of section 5, from {@code examples/vimo}. */
class FinancialWorkedFiguresTest {

	private static final FinancialIndicators FAMILY = new FinancialIndicators();
	private static Evaluation vimo;

	@BeforeAll
	static void importVimo() {
		vimo = VimoExample.evaluation();
	}

	@ParameterizedTest(name = "line {0} = {1}")
	@CsvSource({ "C, 1200000", "R, 1205000", "X, 1265000", "Z, 90000" })
	void derivedLinesMatchTheGuide(String line, String printed) {
		AccountLines accounts = AccountLines.of(vimo.getYears().stream().filter(y -> y.getYear() == 2006)
				.findFirst().orElseThrow());
		assertEquals(0, new BigDecimal(printed).compareTo(accounts.line(line).orElseThrow().amount()), line);
	}

	@ParameterizedTest(name = "{0} = {1} {3}")
	@CsvSource({
			"F.1,   4.9,    0.05,  ratio",
			"F.2,   216,    0.5,   %",
			"F.3.1, 43.3,   0.05,  %",
			"F.3.2, 5.2,    0.05,  months",
			"F.4.1, 0.30,   0.005, ratio",
			"F.4.2, 1.05,   0.005, ratio",
			"F.5,   75,     0.5,   %",
			"F.6,   30.3,   0.05,  %",
			"OI,    -80000, 0.5,   currency" })
	void workedFigureOfTheGuide(String code, String printed, String halfUnit, String unit) {
		VimoExample.assertPrinted(VimoExample.result(FAMILY, vimo, 2006, code), printed, halfUnit,
				Unit.ofSymbol(unit));
	}

	@Test
	void reserveCoverIsExactlyFivePointTwoMonths() {
		IndicatorResult f32 = VimoExample.result(FAMILY, vimo, 2006, "F.3.2");
		assertEquals(0, new BigDecimal("5.2").compareTo(f32.value().orElseThrow()));
	}

	@Test
	void operatingIncomeShowsItsInputsWithSources() {
		IndicatorResult oi = VimoExample.result(FAMILY, vimo, 2006, "OI");
		assertEquals(0, new BigDecimal("-80000").compareTo(oi.value().orElseThrow()));
		assertEquals("Z - hidden costs", oi.definition().formula());
		assertEquals("Table 1, line Z (Z = Y + S)", oi.inputs().get(0).source());
		assertEquals("hidden costs (section 5), 3 activities", oi.inputs().get(1).source());
		assertEquals(0, new BigDecimal("170000").compareTo(oi.inputs().get(1).value()));
	}

	@Test
	void readingsFollowTheGuideInBothLanguages() {
		IndicatorResult f41 = VimoExample.result(FAMILY, vimo, 2006, "F.4.1");
		assertEquals(true, f41.definition().reading(Locale.ENGLISH).orElseThrow().contains("0.2"));
		assertEquals(true, f41.definition().reading(Locale.FRENCH).orElseThrow().contains("0,2"));
		IndicatorResult f1 = VimoExample.result(FAMILY, vimo, 2006, "F.1");
		assertEquals(true, f1.definition().reading(Locale.ENGLISH).orElseThrow().contains("idle cash"));
		assertEquals("Ratio de liquidit\u00e9 imm\u00e9diate", f1.definition().title(Locale.FRENCH));
	}

	@Test
	void everyCodeHasTitlesInEnglishAndFrenchAndAReading() {
		VimoExample.assertTitledInEnglishAndFrench(FAMILY);
	}
}
