/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.hmis.eval.interchange.EvaluationLoader;
import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zips of interchange folders, real archives written with java.util.zip: limits and names. */
class ZipLoadingTest {

	@TempDir
	Path folder;

	@AfterEach
	void clearLimits() {
		System.clearProperty("hmis.zip.maxEntryBytes");
		System.clearProperty("hmis.zip.maxTotalBytes");
		System.clearProperty("hmis.zip.maxEntries");
	}

	@Test
	void aZipOfTheVimoFolderLoadsEvenWithWhatMacOsAddsToIt() throws Exception {
		Map<String, byte[]> entries = vimoEntries("vimo/");
		entries.put("__MACOSX/vimo/._accounts.csv", new byte[] { 0, 5, 22, 7 });
		entries.put(".DS_Store", new byte[] { 0, 0, 0, 1 });
		Path zip = zip("vimo.zip", entries);
		assertEquals("VIMO", EvaluationLoader.load(zip).evaluation().getScheme().getName());
	}

	@Test
	void entriesClimbingOutOrAbsoluteAreRefusedAndNothingIsWrittenOutside() throws Exception {
		Map<String, byte[]> climbing = vimoEntries("vimo/");
		climbing.put("vimo/../../escape.csv", "year,line,amount\n".getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of("climbing.zip: entry vimo/../../escape.csv points outside the archive (absolute, or with ..)"),
				refused(zip("climbing.zip", climbing)));
		Map<String, byte[]> absolute = vimoEntries("");
		absolute.put("/tmp/absolute.csv", "year,line,amount\n".getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of("absolute.zip: entry /tmp/absolute.csv points outside the archive (absolute, or with ..)"),
				refused(zip("absolute.zip", absolute)));
		assertFalse(Files.exists(Path.of(System.getProperty("java.io.tmpdir")).getParent().resolve("escape.csv")));
	}

	@Test
	void anEntryNamedTwiceIsRefused() throws Exception {
		Map<String, byte[]> entries = vimoEntries("vimo/");
		entries.put("vimo\\accounts.csv", "year,line,amount\n2006,A,1\n".getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of("twice.zip: entry vimo\\accounts.csv appears twice"), refused(zip("twice.zip", entries)));
	}

	@Test
	void anEntryBeyondTheEntryLimitIsRefusedByName() throws Exception {
		System.setProperty("hmis.zip.maxEntryBytes", "1k");
		Map<String, byte[]> entries = vimoEntries("vimo/");
		entries.put("vimo/hidden_costs.csv", ("year,activity,estimated_cost\n" + "2006,Training,5\n".repeat(100))
				.getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of("big.zip: entry vimo/hidden_costs.csv unpacks to more than 1024 bytes "
				+ "(limit -Dhmis.zip.maxEntryBytes=1024)"), refused(zip("big.zip", entries)));
	}

	/** 64 MiB of zeros weigh 64 KB compressed: the total limit stops it, and the temporary folder goes. */
	@Test
	void aZipBombIsStoppedAtTheTotalLimitAndLeavesNothingBehind() throws Exception {
		System.setProperty("hmis.zip.maxTotalBytes", "16m");
		Map<String, byte[]> entries = vimoEntries("vimo/");
		entries.put("vimo/zeros.csv", new byte[64 << 20]);
		Path zip = zip("bomb.zip", entries);
		Set<Path> before = temporaryZipFolders();
		assertEquals(List.of("bomb.zip: its entries unpack to more than 16 MiB, at entry vimo/zeros.csv "
				+ "(limit -Dhmis.zip.maxTotalBytes=16777216)"), refused(zip));
		assertEquals(before, temporaryZipFolders());
	}

	@Test
	void aMistypedLimitIsAnErrorNotTheDefault() throws Exception {
		System.setProperty("hmis.zip.maxEntryBytes", "lots");
		assertEquals(List.of("-Dhmis.zip.maxEntryBytes: 'lots' is not a size (bytes, or a number with k, m or g)"),
				refused(zip("vimo.zip", vimoEntries("vimo/"))));
	}

	@Test
	void zipsNestedThreeDeepAreRefused() throws Exception {
		Path inner = zip("inner.zip", vimoEntries("vimo/"));
		Path middle = zip("middle.zip", Map.of("inner.zip", Files.readAllBytes(inner)));
		assertEquals("VIMO", EvaluationLoader.load(middle).evaluation().getScheme().getName(), "two deep is fine");
		Path outer = zip("outer.zip", Map.of("middle.zip", Files.readAllBytes(middle)));
		assertEquals(List.of("inner.zip: a zip inside a zip inside a zip is refused: unpack the outer ones first"),
				refused(outer));
	}

	private static Map<String, byte[]> vimoEntries(String prefix) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(InterchangeImporterTest.example("vimo"))) {
			for (Path file : files.sorted().toList()) {
				entries.put(prefix + file.getFileName(), Files.readAllBytes(file));
			}
		}
		return entries;
	}

	private Path zip(String name, Map<String, byte[]> entries) throws IOException {
		Path zip = folder.resolve(name);
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		return zip;
	}

	private static List<String> refused(Path zip) {
		ImportException refused = assertThrows(ImportException.class, () -> EvaluationLoader.load(zip));
		return refused.problems().stream().map(ImportProblem::toString).toList();
	}

	private static Set<Path> temporaryZipFolders() throws IOException {
		try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return all.filter(path -> path.getFileName().toString().startsWith("hmis-eval-zip")).collect(Collectors.toSet());
		}
	}
}
