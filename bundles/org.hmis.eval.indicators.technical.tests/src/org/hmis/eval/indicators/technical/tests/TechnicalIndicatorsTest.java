/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.technical.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hmis.eval.indicators.BreakdownEntry;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.technical.internal.TechnicalIndicators;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.MembershipMixEntry;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/** G.3.1 on Sucura's Table 8, and what G.1, G.2 and G.3.2 still need. */
class TechnicalIndicatorsTest {

	private static final TechnicalIndicators FAMILY = new TechnicalIndicators();

	@Test
	void averageCostOfAClaimIsTable10sAnnualFigure() {
		IndicatorResult g31 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "G.3.1");
		// Guide, Table 10: 5,835 for all providers and categories (1,803,000 / 309).
		VimoExample.assertPrinted(g31, "5835", "0.5", Unit.CURRENCY);
		BreakdownEntry medicines = g31.breakdown().stream().filter(e -> e.key().equals("Hospital Y / medicines"))
				.findFirst().orElseThrow();
		assertTrue(Math.abs(medicines.value().orElseThrow().doubleValue() - 1913.04) < 0.01);
		assertTrue(g31.breakdown().stream().noneMatch(e -> e.key().equals("Health Centre X / surgery")),
				"a service the health centre does not offer has no row");
	}

	@Test
	void withoutAClaimsListingG31NamesIt() {
		VimoExample.assertMissing(VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "G.3.1"),
				"missing input: claims by provider, category and month of 2006 (Table 8");
	}

	@Test
	void qualitativeCodesNameWhatTheyNeed() {
		VimoExample.assertMissing(VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "G.1"),
				"missing input: beneficiaries by membership type and unit");
		VimoExample.assertMissing(VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "G.2"),
				"missing input: risk-portfolio grid (Table 16)");
		VimoExample.assertMissing(VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "G.3.2"),
				"missing input: average cost of the same service");
	}

	@Test
	void membershipArrangementsOfTheGuidesExample() {
		// Guide: 250 voluntary individual and 250 voluntary family beneficiaries: 0.5 x 3 + 0.5 x 2 = 2.5.
		Evaluation evaluation = VimoExample.evaluation();
		evaluation.getYears().get(0).getMembershipMix().add(mix("voluntary", "individual", 250));
		evaluation.getYears().get(0).getMembershipMix().add(mix("voluntary", "family", 250));
		VimoExample.assertPrinted(VimoExample.result(FAMILY, evaluation, 2006, "G.1"), "2.5", "0.0001", Unit.SCORE);
		evaluation.getYears().get(0).getMembershipMix().add(mix("compulsory", "group", 500));
		VimoExample.assertPrinted(VimoExample.result(FAMILY, evaluation, 2006, "G.1"), "1.25", "0.0001", Unit.SCORE);
	}

	private static MembershipMixEntry mix(String type, String unit, long beneficiaries) {
		MembershipMixEntry entry = ModelFactory.eINSTANCE.createMembershipMixEntry();
		entry.setMembershipType(type);
		entry.setMembershipUnit(unit);
		entry.setBeneficiaries(beneficiaries);
		return entry;
	}

	@Test
	void titledInEnglishAndFrench() {
		VimoExample.assertTitled(FAMILY);
		assertEquals(Unit.SCORE, FAMILY.definitions().get(0).unit());
	}
}
