/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.impact.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hmis.eval.indicators.BreakdownEntry;
import org.hmis.eval.indicators.IndicatorResult;
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
	void shareOfHospitalYsServicesCoveredByTheScheme() {
		// Guide: 122 of the 200 services Hospital Y dispensed = 61.0 %; by category 62.5, 55.5 (cut
		// from 55.56), 63.6 and 60.0 %.
		IndicatorResult i1 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "I.1");
		VimoExample.assertPrinted(i1, "61.0", "0.05", Unit.PERCENT);
		assertEquals(List.of("Hospital Y / hospitalization", "Hospital Y / surgery", "Hospital Y / obstetrics",
				"Hospital Y / outpatient"), i1.breakdown().stream().map(BreakdownEntry::key).toList());
		double[] printed = { 62.5, 55.5, 63.6, 60.0 };
		for (int i = 0; i < printed.length; i++) {
			double exact = i1.breakdown().get(i).value().orElseThrow().doubleValue();
			assertTrue(Math.abs(exact - printed[i]) < 0.1, i1.breakdown().get(i).key() + " = " + exact);
		}
	}

	@Test
	void providerAndSurveyCodesNameWhatTheyNeed() {
		VimoExample.assertMissing(VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "I.1"),
				"missing input: services covered by the scheme (Table 8) and services dispensed");
		VimoExample.assertMissing(VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "I.2"),
				"missing input: income of each provider for 2006");
		VimoExample.assertMissing(VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "I.4"),
				"missing input: population of the area by category in 2006 (population breakdown), "
						+ "beneficiaries by category in 2006");
	}

	/** Made-up accounts of Hospital Y: income 3,000,000 MU of which 200,000 MU co-payments of beneficiaries. */
	@Test
	void shareOfHospitalYsIncomeComingThroughTheScheme() {
		org.hmis.eval.model.Evaluation sucura = VimoExample.sucura();
		org.hmis.eval.model.ProviderActivity accounts = org.hmis.eval.model.ModelFactory.eINSTANCE.createProviderActivity();
		accounts.setProvider("Hospital Y");
		accounts.setCategory("ALL");
		accounts.setTotalIncome(java.math.BigDecimal.valueOf(3_000_000));
		accounts.setCopaymentsReceived(java.math.BigDecimal.valueOf(200_000));
		sucura.getYears().stream().filter(y -> y.getYear() == 2006).findFirst().orElseThrow().getProviderActivity()
				.add(accounts);
		IndicatorResult i2 = VimoExample.result(FAMILY, sucura, 2006, "I.2");
		// Table 8: Hospital Y's claims cost 1,803,000 - 188,000 (Health Centre X) = 1,615,000 MU.
		assertEquals(100.0 * (1_615_000 + 200_000) / 3_000_000, i2.value().orElseThrow().doubleValue(), 1e-9);
		assertEquals("Hospital Y", i2.breakdown().get(0).key());
	}

	@Test
	void breakdownOfSucurasBeneficiariesAgainstItsArea() {
		// Guide, rounded to whole points: +3, -3, +1, -1, -5, +5.
		IndicatorResult i4 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "I.4");
		assertEquals(List.of("male", "female", "age_0_5", "age_5_15", "age_15_45", "age_45_plus"),
				i4.breakdown().stream().map(BreakdownEntry::key).toList());
		int[] printed = { 3, -3, 1, -1, -5, 5 };
		for (int i = 0; i < printed.length; i++) {
			double exact = i4.breakdown().get(i).value().orElseThrow().doubleValue();
			assertEquals(printed[i], Math.round(exact), i4.breakdown().get(i).key() + " = " + exact);
		}
		assertEquals(-5.0, i4.value().orElseThrow().doubleValue(), 1e-12, "the widest gap: 15-45 years, 40 % against 45 %");
		assertEquals(Unit.PERCENT, i4.definition().unit());
	}

	@Test
	void breakdownFromTheBeneficiariesRegister() {
		org.hmis.eval.model.Evaluation registers = org.hmis.eval.testing.RegisterFixtures.closedEnrolmentScheme();
		org.hmis.eval.model.AccountingYear year = org.hmis.eval.model.ModelFactory.eINSTANCE.createAccountingYear();
		year.setYear(2006);
		for (String[] group : new String[][] { { "male", "50" }, { "female", "50" }, { "age_0_5", "20" },
				{ "age_15_45", "80" } }) {
			org.hmis.eval.model.PopulationGroup populationGroup = org.hmis.eval.model.ModelFactory.eINSTANCE
					.createPopulationGroup();
			populationGroup.setCategory(group[0]);
			populationGroup.setCount(Long.parseLong(group[1]));
			year.getPopulationGroups().add(populationGroup);
		}
		registers.getYears().add(year);
		IndicatorResult i4 = VimoExample.result(FAMILY, registers, 2006, "I.4");
		// Register: 240 women and 480 men; 240 children under 5 and 480 adults aged 36.
		// Men: 480 / 720 = 66.67 % against 50 %; children under 5: 240 / 720 = 33.33 % against 20 %.
		assertEquals("male", i4.breakdown().get(0).key());
		assertEquals(50.0 / 3, i4.breakdown().get(0).value().orElseThrow().doubleValue(), 1e-9);
		assertEquals(40.0 / 3, i4.breakdown().get(2).value().orElseThrow().doubleValue(), 1e-9);
		assertEquals(50.0 / 3, i4.value().orElseThrow().doubleValue(), 1e-9);
		assertTrue(i4.inputs().stream().anyMatch(input -> input.source().startsWith("beneficiaries register")));
	}

	@Test
	void titledInEnglishAndFrench() {
		VimoExample.assertTitled(FAMILY);
	}
}
