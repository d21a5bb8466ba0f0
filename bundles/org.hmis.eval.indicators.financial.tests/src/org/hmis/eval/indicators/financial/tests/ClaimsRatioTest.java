/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorInput;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.NotComputable;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.financial.internal.FinancialIndicators;
import org.hmis.eval.model.Evaluation;
import org.junit.jupiter.api.Test;

/** F.5, the claims ratio, against the guide's VIMO example and the not-computable paths. */
class ClaimsRatioTest {

	private final FinancialIndicators family = new FinancialIndicators();

	@Test
	void vimoClaimsRatioIs75Percent() {
		IndicatorResult f5 = f5(Evaluations.vimo2006(), 2006);
		assertTrue(f5.isComputable());
		assertEquals(0, new BigDecimal("75").compareTo(f5.value().orElseThrow()), "guide: 900,000 / 1,200,000 = 75 %");
		assertEquals(Unit.PERCENT, f5.definition().unit());
		assertEquals("G / C x 100", f5.definition().formula());
		List<IndicatorInput> inputs = f5.inputs();
		assertEquals("G", inputs.get(0).symbol());
		assertEquals(0, new BigDecimal("900000").compareTo(inputs.get(0).value()));
		assertEquals("Table 1, line G (G = g1 + g2 + g3 + g4)", inputs.get(0).source());
		assertEquals("C", inputs.get(1).symbol());
		assertEquals(0, new BigDecimal("1200000").compareTo(inputs.get(1).value()));
		assertEquals("Table 1, line C (C = A - B)", inputs.get(1).source());
	}

	@Test
	void titleAndReadingExistInEnglishAndFrench() {
		IndicatorResult f5 = f5(Evaluations.vimo2006(), 2006);
		assertEquals("Claims ratio", f5.definition().title(Locale.ENGLISH));
		assertEquals("Ratio de sinistralit\u00e9", f5.definition().title(Locale.FRENCH));
		assertTrue(f5.definition().reading(Locale.FRENCH).isPresent());
	}

	@Test
	void yearWithoutAccountsNamesBothMissingLines() {
		IndicatorResult f5 = f5(Evaluations.vimo2006(), 2005);
		assertFalse(f5.isComputable());
		assertTrue(f5.value().isEmpty());
		NotComputable reason = f5.reason().orElseThrow();
		assertEquals(NotComputable.Kind.MISSING_INPUT, reason.kind());
		assertEquals("missing input: Table 1, line G (incurred claims), Table 1, line C (earned premiums)",
				reason.message());
	}

	@Test
	void zeroEarnedPremiumIsAZeroDenominatorNotInfinity() {
		Evaluation noPremium = Evaluations.withLines(2006, "A", 100, "B", 100, "g1", 500);
		IndicatorResult f5 = f5(noPremium, 2006);
		assertFalse(f5.isComputable());
		assertEquals("zero denominator: Table 1, line C (C = A - B) is 0", f5.reason().orElseThrow().message());
		assertEquals(2, f5.inputs().size(), "the inputs found are still reported");
	}

	private IndicatorResult f5(Evaluation evaluation, int year) {
		return family.compute(new ComputationContext(evaluation, year)).stream()
				.filter(result -> result.code().equals("F.5")).findFirst().orElseThrow();
	}
}
