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
import java.util.List;
import java.util.stream.Stream;

import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.store.derby.DerbyEvaluationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hmis-eval import} and {@code list} on a real store: identity, --replace, who saved what. */
class HmisEvalStoreTest {

	@TempDir
	Path folder;

	private final CommandRun command = new CommandRun();

	@Test
	void sameSchemeAndYearsFromAnotherFolderIsRefusedUntilReplaceIsGiven() throws Exception {
		String database = folder.resolve("db").toString();
		assertEquals(0, command.run("import", HmisEvalComputeTest.vimo(), "--db", database, "--user", "alice"),
				command.err());
		Path copy = copyOf(Path.of(HmisEvalComputeTest.vimo()), folder.resolve("vimo-again"));

		assertEquals(1, command.run("import", copy.toString(), "--db", database, "--user", "bob"));
		String refusal = command.err();
		assertEquals(1, refusal.lines().count(), refusal);
		assertTrue(refusal.matches("hmis-eval: the store already holds VIMO 2006 \\(stored as vimo\\), saved "
				+ "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ by alice; nothing imported \\(give --replace to replace it\\)\\R"),
				refusal);
		assertTrue(refusal.contains("by alice") && refusal.contains("--replace"), refusal);
		assertEquals(List.of("vimo alice"), stored(database));

		assertEquals(0, command.run("import", copy.toString(), "--db", database, "--user", "bob", "--replace"),
				command.err());
		assertTrue(command.out().contains("replacing the version saved"), command.out());
		assertEquals(List.of("vimo bob"), stored(database));
	}

	@Test
	void anotherSchemeFromAFolderOfTheSameNameIsKeptBesideTheFirst() throws Exception {
		String database = folder.resolve("db").toString();
		Path vimo = copyOf(Path.of(HmisEvalComputeTest.vimo()), folder.resolve("a/data"));
		Path other = copyOf(Path.of(HmisEvalComputeTest.vimo()), folder.resolve("b/data"));
		Files.writeString(other.resolve("scheme.csv"),
				Files.readString(other.resolve("scheme.csv")).replace("name,VIMO", "name,Other scheme"));
		assertEquals(0, command.run("import", vimo.toString(), "--db", database), command.err());
		assertEquals(0, command.run("import", other.toString(), "--db", database), command.err());
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(Path.of(database))) {
			assertEquals("VIMO", store.load("data").getScheme().getName());
			assertEquals("Other scheme", store.load("data-2").getScheme().getName());
		}
	}

	@Test
	void listPrintsSchemeYearsSavedAtAndByOnePerLine() {
		String database = folder.resolve("db").toString();
		assertEquals(0, command.run("import", HmisEvalComputeTest.vimo(), "--db", database, "--user", "alice"));
		assertEquals(0, command.run("list", "--db", database), command.err());
		List<String> lines = command.out().lines().toList();
		assertEquals(1, lines.size(), command.out());
		String[] fields = lines.get(0).split("\t");
		assertEquals(4, fields.length, lines.get(0));
		assertEquals("VIMO", fields[0]);
		assertEquals("2006", fields[1]);
		assertTrue(fields[2].matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), fields[2]);
		assertEquals("alice", fields[3]);

		assertEquals(0, command.run("list", "--db", database, "--format", "json"), command.err());
		String json = command.out();
		assertTrue(json.strip().startsWith("[") && json.strip().endsWith("]"), json);
		assertTrue(json.contains("\"scheme\": \"VIMO\"") && json.contains("\"years\": [2006]")
				&& json.contains("\"saved_at\": \"" + fields[2] + "\"") && json.contains("\"saved_by\": \"alice\""), json);
	}

	@Test
	void listOfAFolderWithoutAStoreSaysSoAndCreatesNothing() {
		Path missing = folder.resolve("no-store-here");
		assertEquals(1, command.run("list", "--db", missing.toString()));
		assertEquals("hmis-eval: there is no store in " + missing.toAbsolutePath(), command.err().strip());
		assertFalse(Files.exists(missing));
	}

	/**
	 * The test JVM has no HMIS_STORE_PASSWORD and no terminal, so the commands have no password to
	 * give: an encrypted store is refused in one sentence, with a non-zero exit.
	 */
	@Test
	void encryptedStoreWithoutItsPasswordIsRefusedInOneSentence() throws Exception {
		Path database = folder.resolve("encrypted");
		DerbyEvaluationStore.open(database, "alice", "a long enough password".toCharArray()).close();
		String refusal = "hmis-eval: the store " + database.toAbsolutePath().normalize() + " is encrypted and its boot"
				+ " password was not given or is wrong (set HMIS_STORE_PASSWORD to it, or run the command in a"
				+ " terminal to be asked for it)" + System.lineSeparator();
		assertEquals(1, command.run("list", "--db", database.toString()));
		assertEquals(refusal, command.err());
		assertEquals(1, command.run("import", HmisEvalComputeTest.vimo(), "--db", database.toString()));
		assertEquals(refusal, command.err());
	}

	@Test
	void storeUrlsAreNotAcceptedYet() {
		assertEquals(2, command.run("list", "--db", "jdbc:postgresql://localhost/hmis"));
		assertTrue(command.err().contains("JDBC URLs"), command.err());
	}

	@Test
	void computeOutRemovesOnlyTheLeftoversOfItsOwnTargetFromEarlierRuns() throws Exception {
		Path target = folder.resolve("vimo.json");
		Path leftover = Files.writeString(folder.resolve(".vimo.json4242424242.tmp"), "half");
		Path otherTarget = Files.writeString(folder.resolve(".vimo.json.bak4242.tmp"), "not ours");
		Path notOurPattern = Files.writeString(folder.resolve(".vimo.jsonabc.tmp"), "not ours");
		for (Path old : List.of(leftover, otherTarget, notOurPattern)) {
			Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(0));
		}
		Path fresh = Files.writeString(folder.resolve(".vimo.json777.tmp"), "a write of this run");
		assertEquals(0, command.run("compute", HmisEvalComputeTest.vimo(), "--year", "2006", "--format", "json", "--out",
				target.toString()), command.err());
		assertTrue(Files.size(target) > 0);
		assertFalse(Files.exists(leftover), "leftover of an interrupted write removed");
		assertTrue(Files.exists(otherTarget) && Files.exists(notOurPattern), "other files left alone");
		assertTrue(Files.exists(fresh), "a temporary file newer than this run is left alone");
	}

	@Test
	void dossierRemovesTheLeftoverOfAnInterruptedRendering() throws Exception {
		Path target = folder.resolve("vimo.pdf");
		Path leftover = Files.writeString(folder.resolve(".vimo.pdf913.tmp"), "%PDF- half");
		Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.fromMillis(0));
		assertEquals(0, command.run("dossier", HmisEvalComputeTest.vimo(), "--year", "2006", "--out", target.toString()),
				command.err());
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of("vimo.pdf"), files.map(file -> file.getFileName().toString()).toList());
		}
	}

	/** @return "id savedBy" of each stored evaluation */
	private static List<String> stored(String database) throws Exception {
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(Path.of(database))) {
			return store.list().stream().map((StoredEvaluation e) -> e.id() + " " + e.savedBy()).toList();
		}
	}

	private static Path copyOf(Path source, Path target) throws IOException {
		Files.createDirectories(target);
		try (Stream<Path> files = Files.list(source)) {
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
		}
		return target;
	}
}
