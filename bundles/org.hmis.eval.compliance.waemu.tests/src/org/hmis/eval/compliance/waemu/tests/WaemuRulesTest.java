/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance.waemu.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.hmis.eval.testing.ExampleFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every WAEMU rule passes, fails and is not evaluable on the scenarios of {@link WaemuScenarios},
 * checked through the pack the OSGi registry publishes.
 */
class WaemuRulesTest {

	@TempDir
	static Path folder;

	private static Map<String, RuleResult> pass;
	private static Map<String, RuleResult> fail;
	private static Map<String, RuleResult> notEvaluable;

	@BeforeAll
	static void checkTheScenarios() throws Exception {
		pass = check(WaemuScenarios.compliant(folder.resolve("compliant")),
				WaemuScenarios.lenientThresholds(folder.resolve("lenient.csv")));
		fail = check(WaemuScenarios.failing(folder.resolve("failing")),
				WaemuScenarios.strictThresholds(folder.resolve("strict.csv")));
		// The thresholds the pack ships (empty) and no Table 21 or 22.
		notEvaluable = check(WaemuScenarios.base(folder.resolve("base")), null);
	}

	@Test
	void everyRuleIsCheckedInEveryScenario() {
		List<String> ids = waemu().rules().stream().map(ComplianceRule::id).toList();
		assertEquals(18, ids.size(), ids::toString);
		assertEquals(ids, List.copyOf(pass.keySet()));
		assertEquals(ids, List.copyOf(fail.keySet()));
		assertEquals(ids, List.copyOf(notEvaluable.keySet()));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"WAEMU.REC.1 | stage(2): Table 21, stage 2 is not recorded",
			"WAEMU.REC.2 | stage(3): Table 21, stage 3 is not recorded",
			"WAEMU.REC.3 | stage(4): Table 21, stage 4 is not recorded",
			"WAEMU.REC.4 | stage(5): Table 21, stage 5 is not recorded",
			"WAEMU.OBL.1 | actual(general_assembly): Table 22 has no line general_assembly",
			"WAEMU.OBL.2 | actual(general_assembly): Table 22 has no line general_assembly",
			"WAEMU.OBL.3 | actual(board_meetings): Table 22 has no line board_meetings",
			"WAEMU.OBL.4 | actual(officer_elections): Table 22 has no line officer_elections",
			"WAEMU.OBL.5 | actual(authority_reporting): Table 22 has no line authority_reporting",
			"WAEMU.GOV.1 | actual(accounts_approval): Table 22 has no line accounts_approval",
			"WAEMU.GOV.2 | actual(supervisory_report): Table 22 has no line supervisory_report",
			"WAEMU.ACC.1 | compliant(separate_accounts): Table 22 has no line separate_accounts",
			"WAEMU.PRU.1 | threshold(reserve_cover_months_min): threshold not set by the supervisory authority",
			"WAEMU.PRU.2 | threshold(equity_to_liabilities_min): threshold not set by the supervisory authority",
			"WAEMU.PRU.3 | threshold(liquidity_ratio_min): threshold not set by the supervisory authority",
			"WAEMU.PRU.4 | threshold(management_cost_ratio_max): threshold not set by the supervisory authority",
			"WAEMU.PRU.5 | threshold(claims_ratio_max): threshold not set by the supervisory authority",
			"WAEMU.PRU.6 | threshold(members_min): threshold not set by the supervisory authority" })
	void passesFailsAndIsNotEvaluable(String id, String reason) {
		assertEquals(Outcome.PASS, pass.get(id).outcome(), () -> describe(pass.get(id)));
		assertEquals(Outcome.FAIL, fail.get(id).outcome(), () -> describe(fail.get(id)));
		RuleResult missing = notEvaluable.get(id);
		assertEquals(Outcome.NOT_EVALUABLE, missing.outcome());
		String english = missing.reason().orElseThrow().text(Locale.ENGLISH);
		assertTrue(english.startsWith(reason), english);
		String french = missing.reason().orElseThrow().text(Locale.FRENCH);
		assertTrue(!french.equals(english), "the reason is translated: " + french);
	}

	@Test
	void aFailureShowsTheFiguresItUsed() {
		RuleResult claims = fail.get("WAEMU.PRU.5");
		assertEquals(75.0, claims.left().orElseThrow().doubleValue(), 1e-9);
		assertEquals(70.0, claims.right().orElseThrow().doubleValue(), 1e-9);
		assertTrue(claims.operands().get(0).source().orElseThrow().text().startsWith("indicator F.5"));
		assertTrue(claims.operands().get(1).source().orElseThrow().text().contains("claims_ratio_max"));
		RuleResult board = fail.get("WAEMU.OBL.3");
		assertEquals(1, board.left().orElseThrow().intValue(), "once a year");
		assertEquals(4, board.right().orElseThrow().intValue(), "quarterly");
		assertEquals(30.4166, fail.get("WAEMU.PRU.4").left().orElseThrow().doubleValue(), 1e-4, "F.4.1 x 100");
	}

	@Test
	void aCountryLineWinsOverTheLineForEveryCountry() throws Exception {
		Path thresholds = folder.resolve("mixed.csv");
		Files.writeString(thresholds, Thresholds.HEADER + "\nwaemu,claims_ratio_max,*,2011,70,all\n"
				+ "waemu,claims_ratio_max,ML,2011,90,Mali\nwaemu,claims_ratio_max,ML,2013,60,Mali later\n");
		Map<String, RuleResult> mali = check(WaemuScenarios.compliant(folder.resolve("mali")), thresholds);
		assertEquals(Outcome.PASS, mali.get("WAEMU.PRU.5").outcome(), "2012 in Mali: 75 <= 90");
	}

	@Test
	void outsideWaemuOrBeforeTheTextsNoRuleApplies() throws Exception {
		Path india = WaemuScenarios.compliant(folder.resolve("india"));
		ExampleFolders.setKey(india, "scheme.csv", "country", "India");
		PackResult result = new ComplianceChecker(ComplianceContext.of(ExampleFolders.read(india), WaemuScenarios.YEAR,
				Thresholds.NONE)).check(waemu());
		assertTrue(result.results().isEmpty());
		assertEquals(18, result.notApplicable().size());

		PackResult before = new ComplianceChecker(ComplianceContext.of(
				ExampleFolders.read(WaemuScenarios.compliant(folder.resolve("2010"))), 2010, Thresholds.NONE))
				.check(waemu());
		assertTrue(before.notApplicable().stream().allMatch(rule -> rule.scope().fromYear().orElseThrow() == 2011),
				"only the implementing regulation of 2011 waits");
		assertEquals(10, before.results().size(), "the ten rules of the 2009 regulation");
	}

	@Test
	void withoutACountryTheScopeCannotBeDecided() throws Exception {
		Path blank = WaemuScenarios.compliant(folder.resolve("blank"));
		ExampleFolders.setKey(blank, "scheme.csv", "country", "");
		Map<String, RuleResult> results = check(blank, null);
		assertTrue(results.values().stream().allMatch(r -> r.outcome() == Outcome.NOT_EVALUABLE
				&& r.reason().orElseThrow().text().startsWith("the scheme's country is not given")));
	}

	@Test
	void withoutAccessoryActivitiesTheSeparateAccountsRuleDoesNotApply() throws Exception {
		Path plain = WaemuScenarios.compliant(folder.resolve("plain"));
		ExampleFolders.replaceRow(plain, "accounts.csv", WaemuScenarios.YEAR + ",k1,", WaemuScenarios.YEAR + ",k1,0");
		ExampleFolders.replaceRow(plain, "accounts.csv", WaemuScenarios.YEAR + ",f2,", WaemuScenarios.YEAR + ",f2,0");
		PackResult result = new ComplianceChecker(ComplianceContext.of(ExampleFolders.read(plain), WaemuScenarios.YEAR,
				Thresholds.NONE)).check(waemu());
		assertEquals(List.of("WAEMU.ACC.1"), result.notApplicable().stream().map(ComplianceRule::id).toList());
	}

	@Test
	void aFrequencyThatCannotBeReadIsSaidNotGuessed() throws Exception {
		Path vague = WaemuScenarios.compliant(folder.resolve("vague"));
		ExampleFolders.replaceRow(vague, "obligations.csv", "board_meetings,",
				"board_meetings,quarterly,when needed,no,");
		RuleResult board = check(vague, null).get("WAEMU.OBL.3");
		assertEquals(Outcome.NOT_EVALUABLE, board.outcome());
		assertTrue(board.reason().orElseThrow().text().contains("'when needed' is not a frequency"),
				board.reason().orElseThrow().text());
	}

	private static Map<String, RuleResult> check(Path scenario, Path thresholds) throws Exception {
		Thresholds parameters = thresholds == null ? Thresholds.NONE
				: Thresholds.parse(Files.readString(thresholds), thresholds.getFileName().toString());
		ComplianceContext context = ComplianceContext.of(ExampleFolders.read(scenario), WaemuScenarios.YEAR, parameters);
		PackResult result = new ComplianceChecker(context).check(waemu());
		assertTrue(result.notApplicable().isEmpty(), () -> "not applicable: " + result.notApplicable());
		return result.results().stream().collect(Collectors.toMap(r -> r.rule().id(), Function.identity(), (a, b) -> a,
				java.util.LinkedHashMap::new));
	}

	static RulePack waemu() {
		return ComplianceServices.registry().pack("waemu").orElseThrow(() -> new AssertionError(
				"the WAEMU pack is not published: " + ComplianceServices.registry().packs()));
	}

	private static String describe(RuleResult result) {
		return result.rule().id() + " " + result.outcome() + " " + result.left() + " " + result.rule().text() + " "
				+ result.right() + result.reason().map(r -> ": " + r.text()).orElse("");
	}
}
