/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance.guide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hmis.eval.compliance.ComplianceChecker;
import org.hmis.eval.compliance.ComplianceContext;
import org.hmis.eval.compliance.ComplianceRule;
import org.hmis.eval.compliance.ComplianceServices;
import org.hmis.eval.compliance.Outcome;
import org.hmis.eval.compliance.PackResult;
import org.hmis.eval.compliance.RulePack;
import org.hmis.eval.compliance.RuleResult;
import org.hmis.eval.compliance.Thresholds;
import org.hmis.eval.compliance.guide.internal.GuideRules;
import org.hmis.eval.testing.TranslatedTexts;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guide's good practice read on its own VIMO example (2006), whose analysis notes say the same:
 * F.1 = 4.9 and F.5 = 75 % are fine, F.4.1 = 0.30 is above the adequate 0.2, F.4.2 = 1.05 means
 * premiums do not cover all expenses, and OI = -80,000 means the scheme relies on outside support.
 */
class GuideRulesTest {

	private static Map<String, RuleResult> vimo;

	@BeforeAll
	static void checkVimo() {
		PackResult result = new ComplianceChecker(ComplianceContext.of(VimoExample.evaluation(), 2006, Thresholds.NONE))
				.check(pack());
		assertTrue(result.notApplicable().isEmpty(), "the guide's rules apply everywhere");
		vimo = result.results().stream().collect(Collectors.toMap(r -> r.rule().id(), Function.identity()));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = {
			"GUIDE.F.1     | PASS          | 4.9",
			"GUIDE.F.4.1   | FAIL          | 0.3041666",
			"GUIDE.F.4.2   | FAIL          | 1.0541666",
			"GUIDE.F.5.MAX | PASS          | 75",
			"GUIDE.OI      | FAIL          | -80000",
			"GUIDE.F.3.2   | NOT_EVALUABLE | ",
			"GUIDE.F.5.MIN | NOT_EVALUABLE | ",
			"GUIDE.M.6     | NOT_EVALUABLE | " })
	void vimoReadAsTheGuideReadsIt(String id, Outcome outcome, Double left) {
		RuleResult result = vimo.get(id);
		assertEquals(outcome, result.outcome(), () -> id + " " + result.left() + result.reason().map(r -> r.text()).orElse(""));
		if (left != null) {
			assertEquals(left, result.left().orElseThrow().doubleValue(), 1e-6);
		} else {
			assertTrue(result.reason().orElseThrow().text().contains("the guide gives no figure"),
					result.reason().orElseThrow().text());
		}
	}

	@Test
	void theAdequateExpenseRatioComesFromTheGuideAndCanBeOverridden() {
		RuleResult expense = vimo.get("GUIDE.F.4.1");
		assertEquals(0.2, expense.right().orElseThrow().doubleValue(), 1e-12);
		assertTrue(expense.operands().get(1).source().orElseThrow().text().contains("operating_expense_ratio_max"));
		Thresholds evaluator = Thresholds.parse(Thresholds.HEADER + "\nguide,operating_expense_ratio_max,*,0,0.35,\n",
				"evaluator.csv");
		PackResult relaxed = new ComplianceChecker(ComplianceContext.of(VimoExample.evaluation(), 2006, evaluator)).check(pack());
		assertEquals(Outcome.PASS, relaxed.results().stream().filter(r -> r.rule().id().equals("GUIDE.F.4.1")).findFirst()
				.orElseThrow().outcome());
	}

	@Test
	void titlesAndReferencesInEnglishAndFrench() {
		TranslatedTexts.assertTranslated(GuideRules.class, "org.hmis.eval.compliance.guide.rules_messages");
		for (ComplianceRule rule : pack().rules()) {
			assertNotEquals(rule.title(Locale.ENGLISH), rule.title(Locale.FRENCH), rule.id());
			assertTrue(rule.reference().article().isPresent(), rule.id() + " cites the guide's indicator");
		}
	}

	@Test
	void theSecondPackIsPublishedBesideTheFirst() {
		assertTrue(ComplianceServices.registry().packs().stream().map(RulePack::id).toList().contains("guide"));
	}

	private static RulePack pack() {
		return ComplianceServices.registry().pack("guide").orElseThrow();
	}
}
