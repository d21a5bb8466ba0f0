/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * How {@code hmis-eval} fails: with the real cause on standard error, the documented exit code,
 * and nothing half-written. Out of memory (exit 3) is checked end to end on the built product by
 * {@code releng/scripts/check-headless.sh}, since it needs a JVM of its own with a small heap.
 */
class HmisEvalFailuresTest {

	@TempDir
	Path folder;

	private final CommandRun command = new CommandRun();

	@Test
	void outIntoAFolderThatCannotBeCreatedNamesTheFolderNotATemporaryFile() throws Exception {
		Path blocker = folder.resolve("blocker");
		Files.writeString(blocker, "a file where a folder is expected\n");
		Path result = blocker.resolve("result.json");
		assertEquals(1, run("compute", HmisEvalComputeTest.vimo(), "--year", "2006", "--format", "json", "--out",
				result.toString()));
		assertTrue(err().startsWith("hmis-eval: cannot write " + result + ": the folder " + blocker + " cannot be created ("),
				err());
		assertFalse(err().contains(".tmp"), err());
		assertEquals("", out());
	}

	/** Only where permissions apply: root writes into any folder. */
	@Test
	void outIntoAFolderThatCannotBeWrittenSaysSoWithTheFolder() throws Exception {
		Path readOnly = Files.createDirectories(folder.resolve("read-only"));
		Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			assumeFalse(Files.isWritable(readOnly), "this user writes into read-only folders (root)");
			Path result = readOnly.resolve("result.json");
			assertEquals(1, run("compute", HmisEvalComputeTest.vimo(), "--year", "2006", "--out", result.toString()));
			assertEquals("hmis-eval: cannot write " + result + ": the folder " + readOnly
					+ " cannot be written to (permission denied)" + System.lineSeparator(), err());
		} finally {
			Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	@Test
	void outOntoAFolderIsRefusedAndTheFolderKept() throws Exception {
		Path existing = Files.createDirectories(folder.resolve("results"));
		assertEquals(1, run("compute", HmisEvalComputeTest.vimo(), "--year", "2006", "--out", existing.toString()));
		assertTrue(err().contains("cannot write " + existing + ": it is a folder"), err());
		assertTrue(Files.isDirectory(existing));
	}

	@Test
	void aDossierIntoAFolderThatCannotBeCreatedNamesTheFolder() throws Exception {
		Path blocker = folder.resolve("blocker");
		Files.writeString(blocker, "a file\n");
		Path pdf = blocker.resolve("vimo.pdf");
		assertEquals(1, run("dossier", HmisEvalComputeTest.vimo(), "--year", "2006", "--out", pdf.toString()));
		assertTrue(err().startsWith("hmis-eval: cannot write " + pdf + ": the folder " + blocker + " cannot be created ("),
				err());
		assertFalse(err().contains(".tmp"), err());
	}

	@Test
	void aMissingEvaluationIsNamedOnce() {
		Path missing = folder.resolve("nowhere");
		assertEquals(1, run("compute", missing.toString(), "--year", "2006"));
		assertEquals(missing + ": no such file or folder" + System.lineSeparator(), err());
	}

	@Test
	void aYearOutsideTheInterchangeYearsIsBadUsage() {
		assertEquals(2, run("compute", HmisEvalComputeTest.vimo(), "--year", "1000000000"));
		assertTrue(err().startsWith("hmis-eval: --year must be between 1900 and 2100, not 1000000000"), err());
	}

	/** A zip bomb through the command: refused naming the entry, exit 1, no output file, no temporary folder. */
	@Test
	void aZipBeyondTheLimitsExitsWith1NamingTheEntryAndWritesNothing() throws Exception {
		Path zip = folder.resolve("bomb.zip");
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(file)) {
			archive.putNextEntry(new ZipEntry("bomb/scheme.csv"));
			archive.write("key,value\nname,Bomb\n".getBytes(StandardCharsets.UTF_8));
			archive.putNextEntry(new ZipEntry("bomb/claims.csv"));
			archive.write(new byte[8 << 20]);
		}
		Path result = folder.resolve("result.json");
		System.setProperty("hmis.zip.maxEntryBytes", "1m");
		try {
			assertEquals(1, run("compute", zip.toString(), "--year", "2006", "--format", "json", "--out", result.toString()));
		} finally {
			System.clearProperty("hmis.zip.maxEntryBytes");
		}
		assertEquals("bomb.zip: entry bomb/claims.csv unpacks to more than 1 MiB (limit -Dhmis.zip.maxEntryBytes=1048576)"
				+ System.lineSeparator(), err());
		assertFalse(Files.exists(result));
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(List.of("bomb.zip"), left.map(path -> path.getFileName().toString()).toList());
		}
	}

	@Test
	void progressReportsTheRowsOfEachFileOnStandardErrorOnly() {
		String sucura = Path.of(System.getProperty("hmis.examples"), "sucura").toString();
		assertEquals(0, run("compute", sucura, "--year", "2006", "--format", "json", "--progress"), err());
		assertTrue(err().contains("hmis-eval: claims_listing.csv: 120 rows read in "), err());
		assertTrue(err().contains("hmis-eval: scheme.csv: "), err());
		assertTrue(out().startsWith("{") && out().strip().endsWith("}"), out());
		assertFalse(out().contains("rows"), "progress never goes to standard output");
		assertEquals(2, run("compute", sucura, "--year", "2006", "--progress", "yes"), "--progress takes no value");
	}

	/**
	 * Another process (a second JVM, as a workbench would be) holds the store: one sentence says so,
	 * found in Derby's chained exceptions, instead of "see the next exception for details".
	 */
	@Test
	void aStoreHeldByAnotherProcessIsSaidSo() throws Exception {
		Path database = folder.resolve("db");
		Process holder = holdStore(database);
		try {
			assertEquals(1, run("import", HmisEvalComputeTest.vimo(), "--db", database.toString()));
			assertEquals("hmis-eval: the store " + database + " is in use by another program (a running workbench or"
					+ " another hmis-eval holds it); close that program and try again", err().strip());
		} finally {
			holder.getOutputStream().close();
			if (!holder.waitFor(30, TimeUnit.SECONDS)) {
				holder.destroyForcibly();
			}
		}
	}

	/** Starts a JVM that boots the Derby database in {@code database} and keeps it until its input closes. */
	private Process holdStore(Path database) throws Exception {
		Bundle derby = Platform.getBundle("org.hmis.eval.derby");
		String classPath = String.join(File.pathSeparator, jar(derby, "lib/derby.jar"), jar(derby, "lib/derbyshared.jar"));
		Path source = folder.resolve("HoldStore.java");
		Files.writeString(source, """
				public class HoldStore {
					public static void main(String[] args) throws Exception {
						try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:derby:" + args[0] + ";create=true")) {
							System.out.println("ready");
							System.out.flush();
							while (System.in.read() >= 0) {
							}
						}
					}
				}
				""");
		String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		Process holder = new ProcessBuilder(java, "-cp", classPath, source.toString(), database.toString())
				.directory(folder.toFile()).redirectErrorStream(true).start();
		BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
		String first = CompletableFuture.supplyAsync(() -> {
			try {
				return lines.readLine();
			} catch (IOException e) {
				return e.toString();
			}
		}).get(120, TimeUnit.SECONDS);
		assertEquals("ready", first, "the holding JVM did not start");
		return holder;
	}

	private static String jar(Bundle bundle, String path) throws IOException {
		return new File(FileLocator.toFileURL(bundle.getEntry(path)).getPath()).getAbsolutePath();
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
}
