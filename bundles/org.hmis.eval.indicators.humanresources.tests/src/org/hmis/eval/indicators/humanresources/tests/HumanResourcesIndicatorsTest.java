/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.humanresources.tests;

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
import org.hmis.eval.indicators.humanresources.internal.HumanResourcesIndicators;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/**
 * H.2.1 and H.2.2 on VIMO (no printed figure: the guide-readings V-12 give 27.4 % and 0 %), H.1
 * waiting for its checklist, and the not-computable paths.
 */
class HumanResourcesIndicatorsTest {

	private static final HumanResourcesIndicators FAMILY = new HumanResourcesIndicators();

	@Test
	void vimoTrainingPaidByTheProjectCountsOnlyInTheGrossIndicator() {
		Evaluation vimo = VimoExample.evaluation();
		IndicatorResult h21 = VimoExample.result(FAMILY, vimo, 2006, "H.2.1");
		BigDecimal exact = new BigDecimal("100000").multiply(BigDecimal.valueOf(100))
				.divide(new BigDecimal("365000"), InputSet.PRECISION);
		assertEquals(0, exact.compareTo(h21.value().orElseThrow()), "100,000 / 365,000 x 100");
		VimoExample.assertPrinted(h21, "27.4", "0.05", Unit.PERCENT);
		assertEquals("training hidden costs (section 5), 1 activity", h21.inputs().get(1).source());
		IndicatorResult h22 = VimoExample.result(FAMILY, vimo, 2006, "H.2.2");
		assertEquals(0, BigDecimal.ZERO.compareTo(h22.value().orElseThrow()), "VIMO paid no training itself");
		assertEquals(Unit.PERCENT, h22.definition().unit());
	}

	@Test
	void staffToolsWaitForTheirChecklist() {
		IndicatorResult h1 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "H.1");
		assertFalse(h1.isComputable());
		assertTrue(h1.value().isEmpty(), "never 0");
		assertTrue(h1.reason().orElseThrow().message().startsWith(
				"missing input: answers to the 8 items of checklist H.1 (Staff administration tools) for 2006"),
				h1.reason().orElseThrow().message());
	}

	@Test
	void missingTrainingLineIsNamed() {
		IndicatorResult h22 = VimoExample.result(FAMILY, VimoExample.withLines(2006, "h1", 10), 2006, "H.2.2");
		assertEquals("missing input: line training_expenses (training expenses in Table 1)",
				h22.reason().orElseThrow().message());
		IndicatorResult h21 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2005, "H.2.1");
		assertEquals("missing input: line training_expenses (training expenses in Table 1), "
				+ "training hidden costs (section 5), Table 1, line J (operating expenses)", h21.reason().orElseThrow().message());
	}

	@Test
	void zeroOperatingExpensesAreNamed() {
		Evaluation none = VimoExample.withLines(2006, "h1", 0, "training_expenses", 0);
		for (String code : new String[] { "H.2.1", "H.2.2" }) {
			IndicatorResult result = VimoExample.result(FAMILY, none, 2006, code);
			assertEquals(NotComputable.Kind.ZERO_DENOMINATOR, result.reason().orElseThrow().kind(), code);
			assertEquals("zero denominator: Table 1, line J (J = H + I) is 0", result.reason().orElseThrow().message());
		}
	}

	@Test
	void titleInBothLanguagesAndRegistration() {
		IndicatorResult h21 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "H.2.1");
		assertEquals("Investissement brut en formation", h21.definition().title(Locale.FRENCH));
		assertTrue(IndicatorServices.registry().families().stream().map(IndicatorFamily::id).anyMatch("H"::equals));
	}

	@Test
	void everyCodeHasTitlesInEnglishAndFrenchAndAReading() {
		VimoExample.assertTitledInEnglishAndFrench(FAMILY);
	}
}
