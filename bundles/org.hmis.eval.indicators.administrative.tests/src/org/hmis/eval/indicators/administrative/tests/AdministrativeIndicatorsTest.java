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
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.administrative.internal.AdministrativeIndicators;
import org.hmis.eval.model.EntitlementTool;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/** Family T: T.4 from the scores of the verification tools; the others need Table 15 and say so. */
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
		// VIMO has no entitlement tools recorded, so T.4 names them too.
		VimoExample.assertMissing(results.get(8), "missing input: scores (0 to 4) of the entitlement verification tools");
	}

	@Test
	void twoToolsScoringTwoEachGiveFiftyPercent() {
		// Guide: T.4 = (2 + 2) / (4 x 2) x 100 = 50 %.
		Evaluation evaluation = VimoExample.evaluation();
		for (String name : new String[] { "membership_card", "guarantee_letter" }) {
			EntitlementTool tool = ModelFactory.eINSTANCE.createEntitlementTool();
			tool.setTool(name);
			tool.setScore(2);
			evaluation.getYears().get(0).getEntitlementTools().add(tool);
		}
		VimoExample.assertPrinted(VimoExample.result(FAMILY, evaluation, 2006, "T.4"), "50", "0.0001", Unit.PERCENT);
	}

	@Test
	void titledInEnglishAndFrenchAndRegistered() {
		VimoExample.assertTitled(FAMILY);
		assertTrue(IndicatorServices.registry().families().stream().map(IndicatorFamily::id).anyMatch("T"::equals));
	}
}
