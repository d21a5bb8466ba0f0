/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.impact.tests;

import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.impact.internal.ImpactIndicators;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** I.3 on Sucura (guide: 0.6 %, 1.0 %, 1.1 % for 2004 to 2006) and what I.1, I.2 and I.4 need. */
class ImpactIndicatorsTest {

	private static final ImpactIndicators FAMILY = new ImpactIndicators();

	@ParameterizedTest(name = "I.3 for {0}: guide prints {1} %")
	@CsvSource({ "2004, 0.6", "2005, 1.0", "2006, 1.1" })
	void populationCoverage(int year, String printed) {
		VimoExample.assertPrinted(VimoExample.result(FAMILY, VimoExample.sucura(), year, "I.3"), printed, "0.05",
				Unit.PERCENT);
	}

	@Test
	void providerAndSurveyCodesNameWhatTheyNeed() {
		VimoExample.assertMissing(VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "I.1"),
				"missing input: services dispensed by each provider");
		VimoExample.assertMissing(VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "I.2"),
				"missing input: income of each provider");
		VimoExample.assertMissing(VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "I.4"),
				"missing input: beneficiaries by sex and age group");
	}

	@Test
	void titledInEnglishAndFrench() {
		VimoExample.assertTitled(FAMILY);
	}
}
