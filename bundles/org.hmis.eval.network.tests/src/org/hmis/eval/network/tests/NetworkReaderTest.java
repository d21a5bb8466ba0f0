/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.format.Column;
import org.hmis.eval.network.Levels;
import org.hmis.eval.network.LoadedNetwork;
import org.hmis.eval.network.NetworkFormat;
import org.hmis.eval.network.NetworkReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading network.csv and the mutuals' evaluations: all or nothing, every problem at its cell. */
class NetworkReaderTest {

	@TempDir
	Path folder;

	@Test
	void everyBrokenRowIsReportedAtItsCell() {
		NetworkFolders.network(folder, "fed,Federation,federation,,,,,,", // line 2
				"u1,Union,union,fed,,,,,", // 3
				"u1,Union again,union,fed,,,,2006,", // 4: u1 already sits under fed every year
				"m1,Mutual 1,mutual,nowhere,,,,,", // 5: unknown parent, and no evaluation
				"m2,Mutual 2,mutual,u1,,,,2007,2005", // 6: the span runs backwards
				"m3,Mutual 3,mutual,u1,,,,20x6,", // 7: not a year
				"m4,,mutual,u1,,,,,", // 8: no name
				"m5,Mutual 5,mutual,m1,,,,,", // 9: a mutual has no members
				"u3,Union 3,union,fed,,,,,2005", // 10
				"u3,Union 3,federation,fed,,,,2006,"); // 11: changes level
		NetworkFolders.copy(NetworkFolders.examples("vimo"), folder.resolve("m5"));
		List<String> problems = problems(assertThrows(ImportException.class, () -> NetworkReader.read(folder)));
		assertEquals(List.of("network.csv:4:1: duplicate id 'u1': line 3 already places it in the network for every year",
				"network.csv:5:1: no evaluation for mutual 'm1': give a folder m1, or m1.zip, m1.xlsx or m1.hmis, next to network.csv",
				"network.csv:5:4: unknown parent 'nowhere': no row of network.csv has this id",
				"network.csv:6:9: to_year 2005 is before from_year 2007",
				"network.csv:7:8: from_year is not a whole number: '20x6'",
				"network.csv:8:2: name is empty",
				"network.csv:9:4: parent 'm1' is a mutual: only unions, federations and other bodies have members",
				"network.csv:11:3: level 'federation' differs from line 10, which gives 'union'"), problems);
	}

	@Test
	void aCycleIsRefusedInTheYearItHolds() {
		NetworkFolders.network(folder, "fed,Federation,federation,u2,,,,2006,", "u1,Union 1,union,fed,,,,,",
				"u2,Union 2,union,u1,,,,,");
		assertEquals(List.of("network.csv:2:4: cycle in 2006: fed \u2192 u2 \u2192 u1 \u2192 fed"),
				problems(assertThrows(ImportException.class, () -> NetworkReader.read(folder))));
	}

	@Test
	void aCycleWithoutYearsIsRefusedOnce() {
		NetworkFolders.network(folder, "b,B,union,a,,,,,", "a,A,union,b,,,,,");
		assertEquals(List.of("network.csv:3:4: cycle: a \u2192 b \u2192 a"),
				problems(assertThrows(ImportException.class, () -> NetworkReader.read(folder))));
	}

	@Test
	void aMutualsOwnProblemsArePlacedUnderItsId() {
		NetworkFolders.network(folder, "u1,Union,union,,,,,,", "m1,Mutual 1,mutual,u1,,,,,");
		NetworkFolders.write(folder.resolve("m1/accounts.csv"), "year,line,amount", "2006,A,100", "2006,B,abc");
		assertEquals(List.of("m1/accounts.csv:3:3: amount is not a number: 'abc'"),
				problems(assertThrows(ImportException.class, () -> NetworkReader.read(folder))));
	}

	@Test
	void aNetworkFolderWithoutNetworkCsvIsRefused() {
		NetworkFolders.copy(NetworkFolders.examples("vimo"), folder.resolve("m1"));
		List<String> problems = problems(assertThrows(ImportException.class, () -> NetworkReader.read(folder)));
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("network.csv: no network.csv in the folder"), problems.get(0));
	}

	@Test
	void aLevelOfTheCountrysOwnIsAcceptedAndShownAsWritten() throws Exception {
		NetworkFolders.network(folder, "k1,Cercle de Kita,cercle,,Kayes,Kita,Mali,,", "m1,Mutual 1,mutual,k1,,,,,");
		NetworkFolders.copy(NetworkFolders.examples("vimo"), folder.resolve("m1"));
		NetworkFolders.write(folder.resolve("notes.txt"), "not an evaluation");
		LoadedNetwork network = NetworkReader.read(folder);
		assertEquals(List.of("cercle", "mutual"), List.copyOf(network.network().levels()));
		assertEquals(List.of("m1"), network.network().mutualsUnder("k1", 2006));
		assertEquals("cercle", Levels.label("cercle", Locale.FRENCH));
		assertEquals("Union de mutuelles", Levels.label("union", Locale.FRENCH));
		assertEquals(List.of("notes.txt: matches no mutual of network.csv; ignored"),
				network.warnings().stream().map(ImportProblem::toString).toList());
	}

	@Test
	void everyColumnIsDescribedInEnglishAndFrench() {
		for (Column column : NetworkFormat.NETWORK.columns()) {
			String english = NetworkFormat.describe(column, Locale.ENGLISH);
			String french = NetworkFormat.describe(column, Locale.FRENCH);
			assertTrue(!english.isBlank() && !french.isBlank(), column.name());
			assertNotEquals(english, french, column.name());
		}
		assertNotEquals(NetworkFormat.describeFile(Locale.ENGLISH), NetworkFormat.describeFile(Locale.FRENCH));
	}

	private static List<String> problems(ImportException e) {
		return e.problems().stream().map(ImportProblem::toString).toList();
	}
}
