/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.administrative.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorFamily;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.IndicatorServices;
import org.hmis.eval.indicators.administrative.internal.AdministrativeIndicators;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/** Family T is declared as data; until Table 15 is in the model, every code names what it needs. */
class AdministrativeIndicatorsTest {

	private static final AdministrativeIndicators FAMILY = new AdministrativeIndicators();

	@Test
	void declaresEveryCodeOfTheGuide() {
		assertEquals(List.of("T.1.1", "T.1.2", "T.1.3", "T.1", "T.2.1", "T.2.2", "T.2", "T.3", "T.4", "T.5.1", "T.5.2",
				"T.5", "T.6", "T.7", "T.8", "T.9"), FAMILY.definitions().stream().map(d -> d.code()).toList());
	}

	@Test
	void everyCodeNamesWhatItNeedsAndHasNoValue() {
		List<IndicatorResult> results = FAMILY.compute(new ComputationContext(VimoExample.evaluation(), 2006));
		assertEquals(16, results.size());
		for (IndicatorResult result : results) {
			VimoExample.assertMissing(result, "missing input: ");
		}
		VimoExample.assertMissing(results.get(8), "missing input: scores (0 to 4) of the entitlement verification tools");
	}

	@Test
	void titledInEnglishAndFrenchAndRegistered() {
		VimoExample.assertTitled(FAMILY);
		assertTrue(IndicatorServices.registry().families().stream().map(IndicatorFamily::id).anyMatch("T"::equals));
	}
}
