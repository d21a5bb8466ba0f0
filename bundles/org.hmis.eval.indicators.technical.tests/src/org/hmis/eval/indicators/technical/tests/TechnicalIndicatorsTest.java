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
import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;
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
		VimoExample.assertMissing(VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "G.2"),
				"missing input: Table 16 of 2006: services covered and measures applied");
		VimoExample.assertMissing(VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "G.3.2"),
				"missing input: average cost invoiced to non-beneficiaries and beneficiaries' average co-payment");
	}

	/**
	 * The guide's G.3.2 example: a simple delivery cost 5,000 for a beneficiary and 3,000 for a
	 * non-beneficiary (no co-payment stated, so 0); the guide prints no percentage: 166.7 %.
	 */
	@Test
	void deliveriesCostMoreForBeneficiaries() throws Exception {
		java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("g32");
		java.nio.file.Files.writeString(folder.resolve("claims_listing.csv"),
				"year,month,provider,category,count,cost\n2006,3,Health Centre X,obstetrics,2,10000\n");
		java.nio.file.Files.writeString(folder.resolve("provider_activity.csv"),
				"year,provider,category,average_copayment,non_beneficiary_average_cost\n"
						+ "2006,Health Centre X,obstetrics,0,3000\n");
		org.hmis.eval.model.Evaluation evaluation = org.hmis.eval.interchange.InterchangeImporter.importFolder(folder)
				.evaluation();
		IndicatorResult g32 = VimoExample.result(FAMILY, evaluation, 2006, "G.3.2");
		assertEquals(500.0 / 3, g32.value().orElseThrow().doubleValue(), 1e-9);
		assertEquals("Table 10, 2006, Health Centre X / obstetrics, annual average", g32.inputs().get(0).source());
		assertEquals("Health Centre X / obstetrics", g32.breakdown().get(0).key());
	}

	@Test
	void membershipArrangementsOfTheGuidesExample() {
		// Guide: 250 voluntary individual and 250 voluntary family beneficiaries: 0.5 x 3 + 0.5 x 2 = 2.5.
		Evaluation evaluation = VimoExample.evaluation();
		evaluation.getYears().get(0).getMembershipMix().add(mix(MembershipType.VOLUNTARY, MembershipUnit.INDIVIDUAL, 250));
		evaluation.getYears().get(0).getMembershipMix().add(mix(MembershipType.VOLUNTARY, MembershipUnit.FAMILY, 250));
		VimoExample.assertPrinted(VimoExample.result(FAMILY, evaluation, 2006, "G.1"), "2.5", "0.0001", Unit.SCORE);
		evaluation.getYears().get(0).getMembershipMix().add(mix(MembershipType.COMPULSORY, MembershipUnit.GROUP, 500));
		VimoExample.assertPrinted(VimoExample.result(FAMILY, evaluation, 2006, "G.1"), "1.25", "0.0001", Unit.SCORE);
	}

	private static MembershipMixEntry mix(MembershipType type, MembershipUnit unit, long beneficiaries) {
		MembershipMixEntry entry = ModelFactory.eINSTANCE.createMembershipMixEntry();
		entry.setMembershipType(type);
		entry.setMembershipUnit(unit);
		entry.setBeneficiaries(beneficiaries);
		return entry;
	}

	/**
	 * The guide's Table 16 example (in examples/sucura) scored against the reference grid. The guide
	 * prints no G.2 for it; worked by hand: the scheme applies a 20 % co-payment, per-case payment,
	 * rationalization and selection everywhere (not the two medicines lines of non-programmed
	 * hospitalization, which only medicines of acute care score anyway), a waiting period in
	 * obstetrics and prior agreement for programmed hospitalizations. Acute services score WP DED
	 * PRI RAT: DED (through the co-payment, note 2) and RAT earn 2 of 4; surgery (WP PAY) earns 1
	 * of 2; obstetrics earns 11 of 12 (deliveries miss compulsory referral); and so on to Y = 98 of X = 194.
	 */
	@Test
	void riskPortfolioOfTheGuidesTable16Example() {
		IndicatorResult g2 = VimoExample.result(FAMILY, VimoExample.sucura(), 2006, "G.2");
		assertEquals(0, new java.math.BigDecimal(98).compareTo(g2.inputs().get(0).value()), g2.toString());
		assertEquals(0, new java.math.BigDecimal(194).compareTo(g2.inputs().get(1).value()));
		VimoExample.assertPrinted(g2, "50.5", "0.05", org.hmis.eval.indicators.Unit.PERCENT);
		java.util.Map<String, Double> groups = new java.util.HashMap<>();
		g2.breakdown().forEach(entry -> groups.put(entry.key(), entry.value().orElseThrow().doubleValue()));
		// Acute: services 4 x 2 of 4, generic drugs 3 of 5, brand-name drugs 3 of 6, tests 3 x 2 of 5: 20 of 42.
		assertEquals(100.0 * 20 / 42, groups.get("Acute outpatient treatment"), 1e-9);
		assertEquals(100.0 * 11 / 12, groups.get("Gynaecological and obstetric treatment"), 1e-9);
		assertEquals(50.0, groups.get("Non-programmed surgical operations"), 1e-9);
	}

	@Test
	void titledInEnglishAndFrench() {
		VimoExample.assertTitled(FAMILY);
		assertEquals(Unit.SCORE, FAMILY.definitions().get(0).unit());
	}
}
