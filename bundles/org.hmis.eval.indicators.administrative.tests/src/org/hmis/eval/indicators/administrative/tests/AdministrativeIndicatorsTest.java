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

	/**
	 * A made-up assessment: every checklist answered, the first item of each not met, the others
	 * met; entitlement tools scoring 2 and 2 (T.4 = 50 %).
	 */
	@Test
	void checklistScoresAndTheirMeans() {
		Evaluation evaluation = VimoExample.evaluation();
		org.hmis.eval.model.AccountingYear year = evaluation.getYears().get(0);
		for (String checklist : org.hmis.eval.model.checklists.ChecklistCatalog.get().checklists()) {
			int items = org.hmis.eval.model.checklists.ChecklistCatalog.get().itemCount(checklist).orElseThrow();
			for (int item = 1; item <= items; item++) {
				org.hmis.eval.model.ChecklistAnswer answer = ModelFactory.eINSTANCE.createChecklistAnswer();
				answer.setChecklist(checklist);
				answer.setItem(item);
				answer.setMet(item > 1);
				year.getChecklistAnswers().add(answer);
			}
		}
		for (String name : new String[] { "membership_card", "guarantee_letter" }) {
			EntitlementTool tool = ModelFactory.eINSTANCE.createEntitlementTool();
			tool.setTool(name);
			tool.setScore(2);
			year.getEntitlementTools().add(tool);
		}
		double t11 = 200.0 / 3, t12 = 75, t13 = 50, t21 = 200.0 / 3, t22 = 75, t3 = 50, t4 = 50, t51 = 200.0 / 3,
				t52 = 200.0 / 3, t6 = 500.0 / 6, t7 = 500.0 / 6, t8 = 80;
		double t1 = (t11 + t12 + t13) / 3, t2 = (t21 + t22) / 2, t5 = (t51 + t52) / 2;
		java.util.Map<String, Double> expected = java.util.Map.ofEntries(java.util.Map.entry("T.1.1", t11),
				java.util.Map.entry("T.1.3", t13), java.util.Map.entry("T.1", t1), java.util.Map.entry("T.2", t2),
				java.util.Map.entry("T.3", t3), java.util.Map.entry("T.5", t5), java.util.Map.entry("T.6", t6),
				java.util.Map.entry("T.8", t8),
				java.util.Map.entry("T.9", (t1 + t2 + t3 + t4 + t5 + t6 + t7 + t8) / 8));
		expected.forEach((code, value) -> assertEquals(value,
				VimoExample.result(FAMILY, evaluation, 2006, code).value().orElseThrow().doubleValue(), 1e-9, code));
		IndicatorResult t9 = VimoExample.result(FAMILY, evaluation, 2006, "T.9");
		assertEquals("indicator T.4", t9.inputs().get(3).source());
		// A scheme paying in instalments is scored on the six-item checklist: 5 of 6.
		evaluation.getScheme().setPremiumPayment(org.hmis.eval.model.PremiumPayment.INSTALMENTS);
		assertEquals(500.0 / 6, VimoExample.result(FAMILY, evaluation, 2006, "T.3").value().orElseThrow().doubleValue(),
				1e-9);
	}

	@Test
	void aChecklistAnsweredInPartNamesTheMissingItems() {
		Evaluation evaluation = VimoExample.evaluation();
		org.hmis.eval.model.ChecklistAnswer answer = ModelFactory.eINSTANCE.createChecklistAnswer();
		answer.setChecklist("T.1.2");
		answer.setItem(2);
		answer.setMet(true);
		evaluation.getYears().get(0).getChecklistAnswers().add(answer);
		VimoExample.assertMissing(VimoExample.result(FAMILY, evaluation, 2006, "T.1.2"),
				"missing input: answers to items [1, 3, 4] of checklist T.1.2 (Monitoring of insurance promoters) for 2006");
		VimoExample.assertMissing(VimoExample.result(FAMILY, evaluation, 2006, "T.1"), "missing input: T.1.1 (missing input: ");
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
