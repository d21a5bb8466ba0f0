/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hmis.eval.testing.ExampleFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hmis-eval check}: every installed pack, the third party's test pack included (a bundle
 * no other bundle names), as JSON or text; exit 1 when a rule fails, 2 for a pack that is not installed.
 */
class HmisEvalCheckTest {

	@TempDir
	Path folder;

	private final CommandRun command = new CommandRun();

	@Test
	void vimoJsonListsEveryInstalledPackAndExits1ForTheGuidesFailures() {
		assertEquals(1, command.run("check", vimo(), "--year", "2006", "--format", "json"), command.err());
		String json = command.out();
		assertTrue(json.startsWith("{\n  \"scheme\": \"VIMO\",\n  \"year\": 2006,\n  \"country\": null,"), json);
		for (String pack : new String[] { "guide", "thirdparty", "waemu" }) {
			assertTrue(json.contains("\"id\": \"" + pack + "\""), pack);
		}
		// The third party's rule, F.5 = 75 % under its 90 % ceiling, with the figures it used.
		String thirdParty = rule(json, "TP.1");
		assertTrue(thirdParty.contains("\"outcome\": \"pass\""), thirdParty);
		assertTrue(thirdParty.contains("\"left\": {\n            \"expression\": \"F.5\",\n            \"value\": 75.0\n          }"),
				thirdParty);
		assertTrue(thirdParty.contains("\"article\": \"Art. 3\""), thirdParty);
		// The guide: F.4.2 = 1.0541666... > 1 fails; its reserves threshold is not set.
		assertTrue(rule(json, "GUIDE.F.4.2").contains("\"outcome\": \"fail\""));
		String reserves = rule(json, "GUIDE.F.3.2");
		assertTrue(reserves.contains("\"outcome\": \"not_evaluable\""), reserves);
		assertTrue(reserves.contains("\"reason\": \"threshold(reserve_cover_months_min): threshold reserve_cover_months_min not set"),
				reserves);
		assertTrue(reserves.contains("\"reason_fr\": \"threshold(reserve_cover_months_min) : seuil"), reserves);
		// WAEMU's texts date from 2009 and 2011: none applies to 2006.
		assertTrue(json.contains("\"not_applicable\": [\"WAEMU.REC.1\", \"WAEMU.REC.2\""), json);
		assertTrue(command.err().startsWith("hmis-eval: 3 rules fail: GUIDE.F.4.1, GUIDE.F.4.2, GUIDE.OI"), command.err());
	}

	@Test
	void onePackWhoseRulesPassExits0() {
		assertEquals(0, command.run("check", vimo(), "--year", "2006", "--pack", "thirdparty"), command.err());
		assertTrue(command.out().contains("thirdparty: A federation's own rules (test pack)"), command.out());
		assertTrue(command.out().contains("pass           low    TP.1"), command.out());
		assertFalse(command.out().contains("GUIDE."));
		assertEquals("", command.err());
	}

	@Test
	void aPackThatIsNotInstalledIsBadUsage() {
		assertEquals(2, command.run("check", vimo(), "--year", "2006", "--pack", "ohada"));
		assertTrue(command.err().startsWith("hmis-eval: --pack must be one of [guide, thirdparty, waemu], not 'ohada'"),
				command.err());
		assertEquals(2, command.run("check", vimo(), "--pack", "waemu"));
		assertTrue(command.err().startsWith("hmis-eval: check needs --year N"), command.err());
		assertEquals(2, command.run("check", vimo(), "--year", "2006", "--format", "csv"));
	}

	@Test
	void aMutualInMaliWithTheAuthoritysThresholdsWrittenAtomically() throws IOException {
		Path mutual = ExampleFolders.copy("vimo", folder.resolve("mutual"));
		ExampleFolders.moveYear(mutual, "accounts.csv", 2006, 2012);
		ExampleFolders.moveYear(mutual, "hidden_costs.csv", 2006, 2012);
		ExampleFolders.setKey(mutual, "scheme.csv", "country", "Mali");
		ExampleFolders.writeRows(mutual, "legal_recognition.csv", "stage,met,evidence", "2,yes,statutes", "3,yes,slip",
				"4,yes,2/S/00001/MLI", "5,no,");
		Path thresholds = folder.resolve("authority.csv");
		ExampleFolders.writeRows(folder, "authority.csv", "pack,threshold,country,from_year,value,note",
				"waemu,claims_ratio_max,ML,2011,80,set by the authority (test)");
		Path out = folder.resolve("findings/waemu.json");
		assertEquals(1, command.run("check", mutual.toString(), "--year", "2012", "--pack", "waemu", "--format", "json",
				"--thresholds", thresholds.toString(), "--out", out.toString()), command.err());
		assertEquals("", command.out());
		String json = Files.readString(out);
		assertTrue(json.contains("\"country\": \"ML\""));
		assertTrue(rule(json, "WAEMU.REC.3").contains("\"outcome\": \"pass\""));
		assertTrue(rule(json, "WAEMU.REC.4").contains("\"outcome\": \"fail\""), "approval is a step of its own");
		assertTrue(rule(json, "WAEMU.PRU.5").contains("\"outcome\": \"pass\""), "75 <= 80");
		assertTrue(rule(json, "WAEMU.PRU.1").contains("threshold not set by the supervisory authority"));
		assertTrue(rule(json, "WAEMU.OBL.1").contains("Table 22 has no line general_assembly"));
		assertEquals("hmis-eval: 1 rule fails: WAEMU.REC.4\n", command.err().replace("\r\n", "\n"));
		try (var files = Files.list(out.getParent())) {
			assertEquals(1, files.count(), "no temporary file left beside the output");
		}
	}

	@Test
	void aParameterFileThatCannotBeReadExits1NamingItsLine() throws IOException {
		Path thresholds = folder.resolve("authority.csv");
		Files.writeString(thresholds, "pack,threshold,country,from_year,value,note\nwaemu,claims_ratio_max,ML,2011,eighty,\n");
		assertEquals(1, command.run("check", vimo(), "--year", "2006", "--thresholds", thresholds.toString()));
		assertTrue(command.err().startsWith(thresholds + ":2:5: value must be a number"), command.err());
		assertEquals("", command.out());
	}

	@Test
	void aMisspeltThresholdIsWarnedAbout() throws IOException {
		Path thresholds = folder.resolve("authority.csv");
		Files.writeString(thresholds, "pack,threshold,country,from_year,value,note\nwaemu,claim_ratio_max,ML,2011,80,\n");
		assertEquals(0, command.run("check", vimo(), "--year", "2006", "--pack", "thirdparty", "--thresholds",
				thresholds.toString()));
		assertTrue(command.err().startsWith("warning: " + thresholds + ":2: the pack waemu has no threshold claim_ratio_max"),
				command.err());
	}

	@Test
	void aNetworkIsNotCheckedYet() throws IOException {
		Files.writeString(folder.resolve("network.csv"), "id,name,level,parent,region,district,country,from_year,to_year\n");
		assertEquals(2, command.run("check", folder.toString(), "--year", "2012"));
		assertTrue(command.err().contains("check takes one evaluation for now, not a network"), command.err());
	}

	/** @return the JSON object of one rule, from its id to its last member */
	private static String rule(String json, String id) {
		Matcher matcher = Pattern.compile("\"id\": \"" + Pattern.quote(id) + "\",.*?\"missing_value_strategy\"", Pattern.DOTALL)
				.matcher(json);
		assertTrue(matcher.find(), id + " in " + json);
		return matcher.group();
	}

	private static String vimo() {
		return Path.of(System.getProperty("hmis.examples"), "vimo").toString();
	}
}
