/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.functional.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.functional.internal.FunctionalIndicators;
import org.hmis.eval.model.EnrolmentMode;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.registers.ContractRow;
import org.hmis.eval.testing.RegisterFixtures;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/** M.2 (the guide's closed-enrolment example, from its summary and from registers), M.3/M.4 from registers and M.6 (VIMO). */
class RenewalAndCollectionTest {

	private static final FunctionalIndicators FAMILY = new FunctionalIndicators();

	@Test
	void renewalRateFromTheGuidesSummary() {
		Evaluation summary = RegisterFixtures.closedEnrolmentSummary();
		IndicatorResult n1 = VimoExample.result(FAMILY, summary, 2005, "M.2");
		VimoExample.assertPrinted(n1, "90", "0.5", Unit.PERCENT);
		assertEquals(0, BigDecimal.valueOf(90).compareTo(n1.value().orElseThrow()), "(340 - 250) / 100 is exact");
		IndicatorResult n = VimoExample.result(FAMILY, summary, 2006, "M.2");
		VimoExample.assertPrinted(n, "94", "0.5", Unit.PERCENT);
		assertEquals("94.11764705882352941176470588235294", n.value().orElseThrow().toPlainString());
		assertEquals("renewal summary, members (2005)", n.inputs().get(2).source());
	}

	/** The same figures as shipped for workshops in examples/closed-enrolment, read by the real importer. */
	@Test
	void theShippedClosedEnrolmentExampleGives90And94Percent() throws Exception {
		Evaluation example = org.hmis.eval.interchange.InterchangeImporter
				.importFolder(java.nio.file.Path.of(System.getProperty("hmis.examples"), "closed-enrolment")).evaluation();
		assertEquals(EnrolmentMode.CLOSED, example.getScheme().getEnrolment());
		VimoExample.assertPrinted(VimoExample.result(FAMILY, example, 2005, "M.2"), "90", "0.5", Unit.PERCENT);
		VimoExample.assertPrinted(VimoExample.result(FAMILY, example, 2006, "M.2"), "94", "0.5", Unit.PERCENT);
	}

	@Test
	void renewalRateFromTheContractsRegisterAgreesWithTheSummary() {
		Evaluation registers = RegisterFixtures.closedEnrolmentScheme();
		IndicatorResult n1 = VimoExample.result(FAMILY, registers, 2005, "M.2");
		assertEquals(0, BigDecimal.valueOf(90).compareTo(n1.value().orElseThrow()));
		IndicatorResult n = VimoExample.result(FAMILY, registers, 2006, "M.2");
		VimoExample.assertPrinted(n, "94", "0.5", Unit.PERCENT);
		assertEquals("closed enrolment (renewed / due)", n.breakdown().get(1).key());
		assertEquals("2006-01", n.breakdown().get(2).key(), "the monthly rates follow");
		assertEquals("contracts register (2006)", n.inputs().get(0).source());
	}

	@Test
	void openEnrolmentAveragesTheMonthlyRates() {
		Evaluation open = RegisterFixtures.closedEnrolmentScheme();
		open.getScheme().setEnrolment(EnrolmentMode.OPEN);
		// M101's 2005 contract now ends on 31 May: it falls due in June and is not renewed by then.
		RegisterFixtures.rewrite(open, c -> c.memberId().equals("M101") && c.startDate().getYear() == 2005
				? new ContractRow(c.memberId(), c.startDate(), LocalDate.of(2005, 5, 31), c.premiumDue(), c.dueDate(),
						c.membershipType(), c.membershipUnit(), c.area(), c.promoter(), c.plan())
				: c, claim -> claim);
		IndicatorResult m2 = VimoExample.result(FAMILY, open, 2005, "M.2");
		// January: 90 of the 100 contracts of 2004 renewed (90 %); June: 0 of 1 (0 %); mean 45 %.
		assertEquals(0, BigDecimal.valueOf(45).compareTo(m2.value().orElseThrow()), m2.toString());
		assertEquals("2005-06", m2.breakdown().get(3).key());
	}

	@Test
	void areaGrowthFromTheRegisterAddsUpToMembershipGrowth() {
		Evaluation registers = RegisterFixtures.closedEnrolmentScheme();
		BigDecimal m3 = VimoExample.result(FAMILY, registers, 2005, "M.3").value().orElseThrow();
		BigDecimal m4 = VimoExample.result(FAMILY, registers, 2005, "M.4").value().orElseThrow();
		BigDecimal m1 = VimoExample.result(FAMILY, registers, 2005, "M.1").value().orElseThrow();
		assertEquals(0, BigDecimal.valueOf(140).compareTo(m3));
		assertEquals(0, BigDecimal.valueOf(100).compareTo(m4));
		assertEquals(0, m1.compareTo(m3.add(m4)), "M.3 + M.4 = M.1");
	}

	@Test
	void vimoCollected96Point2PercentOfItsPremiums() {
		IndicatorResult m6 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "M.6");
		VimoExample.assertPrinted(m6, "96.2", "0.05", Unit.PERCENT);
		assertEquals("line premiums_received", m6.inputs().get(0).source());
		assertEquals("Table 1, line A", m6.inputs().get(1).source());
	}

	@Test
	void premiumCollectionFromTheRegistersCountsLatePaymentsOut() {
		IndicatorResult m6 = VimoExample.result(FAMILY, RegisterFixtures.closedEnrolmentScheme(), 2006, "M.6");
		assertEquals(0, new BigDecimal("93.75").compareTo(m6.value().orElseThrow()));
	}

	@Test
	void premiumCollectionWithoutReceivedPremiumsNamesTheLine() {
		Evaluation noReceipts = VimoExample.withLines(2006, "A", 1000);
		VimoExample.assertMissing(VimoExample.result(FAMILY, noReceipts, 2006, "M.6"),
				"missing input: line premiums_received");
	}

	@Test
	void nothingFallingDueIsAZeroDenominator() {
		IndicatorResult m2 = VimoExample.result(FAMILY, RegisterFixtures.closedEnrolmentScheme(), 2003, "M.2");
		assertEquals("zero denominator: contracts falling due in 2003 is 0", m2.reason().orElseThrow().message());
	}
}
