/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.functional.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import org.hmis.eval.indicators.IndicatorFamily;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.IndicatorServices;
import org.hmis.eval.indicators.NotComputable;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.functional.internal.FunctionalIndicators;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** M.7.1 and M.7.2 on VIMO, and the not-computable paths of the family on VIMO, which has no membership data. */
class FunctionalIndicatorsTest {

	private static final FunctionalIndicators FAMILY = new FunctionalIndicators();

	@Test
	void providersArePaidIn41Days() {
		IndicatorResult m71 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "M.7.1");
		VimoExample.assertPrinted(m71, "41", "0.5", Unit.DAYS);
		assertEquals("line 12.providers", m71.inputs().get(0).source());
		assertEquals("line 12 (providers) / G x 365", m71.definition().formula());
	}

	/** VIMO pays providers directly and owes members nothing (guide-readings V-11). */
	@Test
	void vimoOwesItsMembersNothing() {
		IndicatorResult m72 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "M.7.2");
		assertEquals(0, BigDecimal.ZERO.compareTo(m72.value().orElseThrow()));
		assertEquals(Unit.DAYS, m72.definition().unit());
	}

	@Test
	void missingSplitOfLine12IsNamed() {
		Evaluation unsplit = VimoExample.withLines(2006, "12", 100, "g1", 900);
		assertEquals("missing input: line 12.providers (liabilities to providers in Table 2, line 12)",
				VimoExample.result(FAMILY, unsplit, 2006, "M.7.1").reason().orElseThrow().message());
		assertEquals("missing input: line 12.members (liabilities to members in Table 2, line 12)",
				VimoExample.result(FAMILY, unsplit, 2006, "M.7.2").reason().orElseThrow().message());
	}

	@ParameterizedTest
	@CsvSource({ "M.7.1", "M.7.2" })
	void zeroClaimsAreNamed(String code) {
		Evaluation noClaims = VimoExample.withLines(2006, "12.providers", 10, "12.members", 10, "g1", 0);
		IndicatorResult result = VimoExample.result(FAMILY, noClaims, 2006, code);
		assertTrue(result.value().isEmpty());
		assertEquals(NotComputable.Kind.ZERO_DENOMINATOR, result.reason().orElseThrow().kind());
		assertEquals("zero denominator: Table 1, line G (G = g1 + g2 + g3 + g4) is 0",
				result.reason().orElseThrow().message());
	}

	@ParameterizedTest(name = "{0} needs {1}")
	@CsvSource(delimiter = '|', value = {
			"M.1   | annual average of members in 2006 (Table 7",
			"M.1.1 | annual average of beneficiaries in 2006 (Table 7",
			"M.1.2 | annual average of dependents in 2006 (Table 7",
			"M.2   | members 2006 (renewal summary or contracts register)",
			"M.3   | members 2006 in old areas (annual averages by old and new areas)",
			"M.4   | members 2006 in new areas (annual averages by old and new areas)",
			"M.5   | annual average of beneficiaries in 2006 (Table 7" })
	void monitoringIndicatorsNameTheMissingSheet(String code, String missing) {
		IndicatorResult result = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, code);
		assertFalse(result.isComputable());
		assertTrue(result.value().isEmpty(), "never 0");
		assertTrue(result.reason().orElseThrow().message().startsWith("missing input: " + missing),
				result.reason().orElseThrow().message());
	}

	@Test
	void titleInBothLanguagesAndRegistration() {
		IndicatorResult m71 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "M.7.1");
		assertEquals("D\u00e9lai moyen de paiement des prestataires", m71.definition().title(Locale.FRENCH));
		assertTrue(IndicatorServices.registry().families().stream().map(IndicatorFamily::id).anyMatch("M"::equals));
	}

	@Test
	void everyCodeHasTitlesInEnglishAndFrenchAndAReading() {
		VimoExample.assertTitledInEnglishAndFrench(FAMILY);
	}
}
