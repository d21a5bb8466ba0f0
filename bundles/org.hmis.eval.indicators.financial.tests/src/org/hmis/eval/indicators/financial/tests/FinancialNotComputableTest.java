/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.NotComputable;
import org.hmis.eval.indicators.financial.internal.FinancialIndicators;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.HiddenCost;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a family F indicator can fail to compute, and that it then has no value. */
class FinancialNotComputableTest {

	private final FinancialIndicators family = new FinancialIndicators();

	@ParameterizedTest(name = "{0} without accounts names {1}")
	@CsvSource(delimiter = '|', value = {
			"F.1   | Table 2, line 1 (cash and due from banks), Table 2, line 12 (short-term liabilities)",
			"F.2   | Table 2, line 16 (paid-in equity), Table 2, line 17 (grant funds), Table 2, line 18 (retained earnings), Table 2, line 14 (total liabilities)",
			"F.3.1 | Table 2, line 18 (retained earnings), Table 1, line G (incurred claims)",
			"F.3.2 | Table 2, line 18 (retained earnings), Table 1, line G (incurred claims)",
			"F.4.1 | Table 1, line J (operating expenses), Table 1, line C (earned premiums)",
			"F.4.2 | Table 1, line X (total expenses), Table 1, line C (earned premiums)",
			"F.6   | Table 1, line J (operating expenses), Table 1, line R (total income)",
			"OI    | Table 1, line Z (net income), hidden costs (section 5)" })
	void yearWithoutDataNamesTheMissingLines(String code, String missing) {
		IndicatorResult result = VimoExample.result(family, VimoExample.evaluation(), 2005, code);
		assertNotComputable(result, NotComputable.Kind.MISSING_INPUT, "missing input: " + missing);
	}

	@ParameterizedTest(name = "{0} with {1} = 0")
	@CsvSource(delimiter = '|', value = {
			"F.1   | Table 2, line 12",
			"F.2   | Table 2, line 14 (14 = 8 + 9 + 10 + 11 + 12 + 13)",
			"F.3.1 | Table 1, line G (G = g1 + g2 + g3 + g4)",
			"F.3.2 | Table 1, line G (G = g1 + g2 + g3 + g4)",
			"F.4.1 | Table 1, line C (C = A - B)",
			"F.4.2 | Table 1, line C (C = A - B)",
			"F.6   | Table 1, line R (R = C + D + E + F)" })
	void zeroDenominatorIsNamedNotInfinity(String code, String denominator) {
		Evaluation zeros = Evaluations.withLines(2006, "A", 0, "B", 0, "g1", 0, "h1", 10, "1", 10, "8", 0,
				"12", 0, "16", 0, "17", 0, "18", 10);
		IndicatorResult result = VimoExample.result(family, zeros, 2006, code);
		assertNotComputable(result, NotComputable.Kind.ZERO_DENOMINATOR, "zero denominator: " + denominator + " is 0");
	}

	@ParameterizedTest(name = "{0} waits for {1}")
	@CsvSource(delimiter = '|', value = {
			"F.8 | an answer to checklist F.8 (Asset-liability matching)",
			"F.9 | an answer to checklist F.9 (Financial risk management)" })
	void checklistIndicatorsNameWhatTheModelLacks(String code, String missing) {
		IndicatorResult result = VimoExample.result(family, VimoExample.evaluation(), 2006, code);
		assertFalse(result.isComputable());
		assertTrue(result.value().isEmpty(), "never 0");
		assertTrue(result.reason().orElseThrow().message().startsWith("missing input: " + missing),
				result.reason().orElseThrow().message());
	}

	@Test
	void investmentConcentrationWithoutTable14NamesIt() {
		IndicatorResult result = VimoExample.result(family, Evaluations.withLines(2006, "A", 10), 2006, "F.7");
		assertEquals("missing input: list of investments with book values (Table 14)",
				result.reason().orElseThrow().message());
	}

	@Test
	void investmentConcentrationIsTheLargestShare() {
		Evaluation vimo = VimoExample.evaluation();
		IndicatorResult alone = VimoExample.result(family, vimo, 2006, "F.7");
		assertEquals(0, java.math.BigDecimal.valueOf(100).compareTo(alone.value().orElseThrow()),
				"VIMO's only investment is its interest-bearing account (balance-sheet line 4)");
		org.hmis.eval.model.Investment bonds = org.hmis.eval.model.ModelFactory.eINSTANCE.createInvestment();
		bonds.setAssetClass("government bonds");
		bonds.setBookValue(java.math.BigDecimal.valueOf(750_000));
		vimo.getInvestments().add(bonds);
		IndicatorResult two = VimoExample.result(family, vimo, 2006, "F.7");
		assertEquals(0, java.math.BigDecimal.valueOf(75).compareTo(two.value().orElseThrow()));
		assertEquals("Table 14, book value of government bonds", two.inputs().get(0).source());
		assertEquals(0, java.math.BigDecimal.valueOf(25).compareTo(two.breakdown().get(0).value().orElseThrow()));
	}

	@Test
	void operatingIncomeCountsOnlyIncludedHiddenCosts() {
		Evaluation evaluation = Evaluations.withLines(2006, "A", 1000, "g1", 400);
		ModelFactory factory = ModelFactory.eINSTANCE;
		HiddenCost counted = factory.createHiddenCost();
		counted.setActivity("bookkeeping by a project");
		counted.setEstimatedCost(BigDecimal.valueOf(100));
		counted.setIncluded(true);
		HiddenCost excluded = factory.createHiddenCost();
		excluded.setActivity("one-off audit");
		excluded.setEstimatedCost(BigDecimal.valueOf(250));
		excluded.setIncluded(false);
		evaluation.getYears().get(0).getHiddenCosts().add(counted);
		evaluation.getYears().get(0).getHiddenCosts().add(excluded);
		IndicatorResult oi = family.compute(new ComputationContext(evaluation, 2006)).stream()
				.filter(r -> r.code().equals("OI")).findFirst().orElseThrow();
		assertEquals(0, new BigDecimal("500").compareTo(oi.value().orElseThrow()), "Z 600 - 100");
		assertEquals("hidden costs (section 5), 1 activity", oi.inputs().get(1).source());
	}

	@Test
	void familyDeclaresEveryCodeOfTheGuide() {
		assertEquals("F.1, F.2, F.3.1, F.3.2, F.4.1, F.4.2, F.5, F.6, F.7, F.8, F.9, OI",
				String.join(", ", family.definitions().stream().map(d -> d.code()).toList()));
	}

	private static void assertNotComputable(IndicatorResult result, NotComputable.Kind kind, String message) {
		assertFalse(result.isComputable(), result.toString());
		assertTrue(result.value().isEmpty(), "never 0, NaN or Infinity");
		assertEquals(kind, result.reason().orElseThrow().kind());
		assertEquals(message, result.reason().orElseThrow().message());
	}
}
