/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.effectiveness.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.effectiveness.internal.EffectivenessIndicators;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** E.1 on Sucura (guide: 50 non-programmed hospitalizations for 1,705 beneficiaries = 2.9 %). */
class EffectivenessIndicatorsTest {

	private static final EffectivenessIndicators FAMILY = new EffectivenessIndicators();

	@Test
	void utilizationOfNonProgrammedHospitalization() {
		IndicatorResult e1 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "E.1");
		VimoExample.assertPrinted(e1, "2.9", "0.05", Unit.PERCENT);
		assertEquals("Table 8, 2006, hospitalization, all providers", e1.inputs().get(0).source());
		double medicines = e1.breakdown().stream().filter(entry -> entry.key().equals("medicines")).findFirst()
				.orElseThrow().value().orElseThrow().doubleValue();
		assertTrue(Math.abs(medicines - 155 / 1704.9166666 * 100) < 1e-6, "medicines per 100 beneficiaries");
	}

	@Test
	void withoutMembershipDataE1NamesIt() {
		VimoExample.assertMissing(VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "E.1"), "missing input: ");
	}

	@Test
	void comparativeUtilizationIsComputedFromTheUnroundedRates() {
		// Guide: 2.9 % / 2.3 % = 1.26, from rates rounded to one decimal; exact:
		// (50 / 1,704.9167) / (2,400 / 105,000) = 2.9327 % / 2.2857 % = 1.2830.
		IndicatorResult e2 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "E.2");
		VimoExample.assertPrinted(e2, "1.283", "0.0005", Unit.RATIO);
		assertEquals(3, e2.inputs().size());
	}

	@Test
	void withoutProviderActivityE2NamesIt() {
		VimoExample.assertMissing(VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "E.2"), "missing input: E.1 of 2006");
	}

	@Test
	void comparativeLatentPeriodIsComputedFromTheExactMeans() {
		// Guide: 11.8 - 5.5 = 6.3 days, from E.3.2 = 47 / 4 = 11.75 rounded; exact 6.25.
		VimoExample.assertPrinted(VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "E.3.1"), "5.5", "0.05", Unit.DAYS);
		IndicatorResult e32 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "E.3.2");
		assertEquals(0, new BigDecimal("11.75").compareTo(e32.value().orElseThrow()));
		assertEquals("survey samples, latent period, non-beneficiaries, sum of days (2006)",
				e32.inputs().get(0).source());
		IndicatorResult e3 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "E.3");
		assertEquals(0, new BigDecimal("6.25").compareTo(e3.value().orElseThrow()));
		assertEquals(Unit.DAYS, e3.definition().unit());
	}

	@Test
	void comparativeLengthOfStayIs2Point5Days() {
		IndicatorResult e41 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "E.4.1");
		IndicatorResult e42 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "E.4.2");
		IndicatorResult e4 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "E.4");
		assertEquals(0, new BigDecimal("8.5").compareTo(e41.value().orElseThrow()));
		assertEquals(0, new BigDecimal("11").compareTo(e42.value().orElseThrow()));
		VimoExample.assertPrinted(e4, "2.5", "0.05", Unit.DAYS);
		assertEquals(0, new BigDecimal("2.5").compareTo(e4.value().orElseThrow()));
	}

	/** The guide's E.6 example, per 100 patients: 2 % of beneficiaries and 32 % of non-beneficiaries excluded. */
	@Test
	void exclusionRateOfTheGuidesSurvey() throws Exception {
		java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("e6");
		java.nio.file.Files.writeString(folder.resolve("exclusion_survey.csv"),
				"year,group,patients,excluded_for_money\n2006,beneficiary,100,2\n2006,non_beneficiary,100,32\n");
		IndicatorResult e6 = VimoExample.result(FAMILY,
				org.hmis.eval.interchange.InterchangeImporter.importFolder(folder).evaluation(), 2006, "E.6");
		VimoExample.assertPrinted(e6, "2", "0.0001", Unit.PERCENT);
		assertEquals(0, new BigDecimal(32).compareTo(e6.breakdown().get(1).value().orElseThrow()));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"E.3.1|missing input: latent period of sampled beneficiaries in 2006 (sample survey)",
			"E.4|missing input: length of stay of sampled beneficiaries in 2006 (sample survey)",
			"E.5|missing input: hospital cost of sampled beneficiaries in 2006 (sample survey)",
			"E.6|missing input: household survey of beneficiaries' cases of illness for 2006" })
	void surveyBasedCodesNameWhatTheyNeed(String code, String reason) {
		VimoExample.assertMissing(VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, code), reason);
	}

	@Test
	void titledInEnglishAndFrench() {
		VimoExample.assertTitled(FAMILY);
	}
}
