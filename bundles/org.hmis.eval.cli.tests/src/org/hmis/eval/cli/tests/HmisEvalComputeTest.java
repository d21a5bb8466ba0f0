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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hmis-eval compute}, run inside OSGi with the real indicator families. */
class HmisEvalComputeTest {

	@TempDir
	Path folder;

	private final CommandRun command = new CommandRun();

	static String vimo() {
		return Path.of(System.getProperty("hmis.examples"), "vimo").toString();
	}

	@Test
	void vimoJsonCarriesF5WithItsFormulaAndInputs() {
		int exit = run("compute", vimo(), "--year", "2006", "--format", "json");
		assertEquals(0, exit, err());
		String json = out();
		assertTrue(json.contains("\"scheme\": \"VIMO\""), json);
		assertTrue(json.contains("\"year\": 2006"), json);
		String f5 = indicator(json, "F.5");
		assertTrue(f5.contains("\"value\": 75.0"), f5);
		assertTrue(f5.contains("\"unit\": \"%\""), f5);
		assertTrue(f5.contains("\"computable\": true"), f5);
		assertTrue(f5.contains("\"formula\": \"G / C x 100\""), f5);
		assertTrue(f5.contains("\"G\": 900000"), f5);
		assertTrue(f5.contains("\"C\": 1200000"), f5);
		assertTrue(f5.contains("\"G\": \"Table 1, line G (G = g1 + g2 + g3 + g4)\""), f5);
	}

	/** Every family bundle in the runtime shows up in one {@code compute} run, with value and unit. */
	@Test
	void vimoJsonCarriesTheWorkedFiguresOfEveryInstalledFamily() {
		assertEquals(0, run("compute", vimo(), "--year", "2006", "--format", "json"), err());
		String json = out();
		String[][] expected = { { "F.1", "F", "ratio", "4.9" }, { "F.2", "F", "%", "216.0" },
				{ "F.3.2", "F", "months", "5.2" }, { "OI", "F", "currency", "-80000.0" },
				{ "V.1", "V", "%", "83.97" }, { "V.2", "V", "%", "119.58" }, { "C.1", "C", "%", "0.41" },
				{ "M.7.1", "M", "days", "40.55" }, { "M.6", "M", "%", "96.15" }, { "F.7", "F", "%", "100" },
				{ "H.2.1", "H", "%", "27.39" } };
		for (String[] row : expected) {
			String result = indicator(json, row[0]);
			assertTrue(result.contains("\"family\": \"" + row[1] + "\""), result);
			assertTrue(result.contains("\"unit\": \"" + row[2] + "\""), result);
			assertTrue(result.contains("\"value\": " + row[3]), result);
		}
		String f8 = indicator(json, "F.8");
		assertTrue(f8.contains("\"computable\": false"), f8);
		assertTrue(f8.contains("\"reason\": \"missing input: an answer to checklist F.8"), f8);
		assertFalse(f8.contains("\"value\""), f8);
	}

	@Test
	void aWorkbookIsComputedLikeTheFolderItCameFrom() throws Exception {
		Path xlsx = folder.resolve("vimo.xlsx");
		org.hmis.eval.interchange.WorkbookExporter.export(
				org.hmis.eval.interchange.InterchangeImporter.importFolder(Path.of(vimo())).evaluation(), xlsx);
		assertEquals(0, run("compute", xlsx.toString(), "--year", "2006", "--format", "json"), err());
		assertTrue(indicator(out(), "F.5").contains("\"value\": 75.0"), out());
	}

	@Test
	void missingAccountsFileMakesF5NotComputableWithAReason() throws IOException {
		Path noAccounts = folder.resolve("no-accounts");
		Files.createDirectories(noAccounts);
		Files.copy(Path.of(vimo(), "scheme.csv"), noAccounts.resolve("scheme.csv"));
		int exit = run("compute", noAccounts.toString(), "--year", "2006", "--format", "json");
		assertEquals(0, exit, err());
		String f5 = indicator(out(), "F.5");
		assertTrue(f5.contains("\"computable\": false"), f5);
		assertTrue(f5.contains("\"reason\": \"missing input: Table 1, line G"), f5);
		assertFalse(f5.contains("\"value\""), "a missing value is never written as a number: " + f5);
	}

	@Test
	void brokenFolderExitsWith1ListsFileAndLineAndWritesNothing() throws IOException {
		Path broken = folder.resolve("broken");
		Files.createDirectories(broken);
		Files.writeString(broken.resolve("accounts.csv"), "year,line,amount\n2006,A,abc\n");
		Path result = folder.resolve("result.json");
		int exit = run("compute", broken.toString(), "--year", "2006", "--format", "json", "--out", result.toString());
		assertEquals(1, exit);
		assertTrue(err().contains("accounts.csv:2:3: amount is not a number: 'abc'"), err());
		assertFalse(Files.exists(result), "no output is written on failure");
	}

	@Test
	void outWritesTheSameJsonToAFile() throws IOException {
		Path result = folder.resolve("out/result.json");
		assertEquals(0, run("compute", vimo(), "--year", "2006", "--format", "json", "--out", result.toString()));
		assertTrue(Files.readString(result).contains("\"code\": \"F.5\""));
		assertEquals("", out());
	}

	@Test
	void badUsageExitsWith2() {
		assertEquals(2, run("compute", vimo()), "--year is required");
		assertTrue(err().contains("usage: hmis-eval compute"), err());
		assertEquals(2, run("compute", vimo(), "--year", "2006", "--format", "xml"));
		assertEquals(2, run("explode", vimo()));
	}

	@Test
	void csvAndTextFormatsCarryTheValue() {
		assertEquals(0, run("compute", vimo(), "--year", "2006", "--format", "csv"));
		assertTrue(out().contains("VIMO,2006,F.5,F,Claims ratio,true,75"), out());
		assertEquals(0, run("compute", vimo(), "--year", "2006"));
		assertTrue(out().contains("75.0 %"), out());
	}

	private int run(String... args) {
		return command.run(args);
	}

	private String out() {
		return command.out();
	}

	private String err() {
		return command.err();
	}

	/** @return the JSON object of one indicator, from its code to the end of its object */
	private static String indicator(String json, String code) {
		Matcher matcher = Pattern.compile("\\{\\s*\"code\": \"" + Pattern.quote(code) + "\"[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}")
				.matcher(json);
		assertTrue(matcher.find(), code + " missing from " + json);
		return matcher.group();
	}
}
