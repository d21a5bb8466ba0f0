/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.derby.DerbyEvaluationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's files on disk: for their owner only, and a store held by another process named as such. */
class StoreFilesTest {

	@TempDir
	Path folder;

	@Test
	void storeAndTheFoldersMadeForItAreForTheOwnerOnly() throws Exception {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
		Path database = folder.resolve("home/.hmis-eval/store");
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(database)) {
			store.add(StoreFixtures.evaluation("VIMO", 2006, "C", 1), "vimo", false);
		}
		Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
		assertEquals(ownerOnly, Files.getPosixFilePermissions(folder.resolve("home")));
		assertEquals(ownerOnly, Files.getPosixFilePermissions(folder.resolve("home/.hmis-eval")));
		assertEquals(ownerOnly, Files.getPosixFilePermissions(database));
		try (Stream<Path> files = Files.walk(database)) {
			for (Path file : files.toList()) {
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
				assertFalse(permissions.contains(PosixFilePermission.OTHERS_READ), file + " " + permissions);
				assertFalse(permissions.contains(PosixFilePermission.GROUP_READ), file + " " + permissions);
			}
		}
	}

	@Test
	void storeMadeReadableByAnOlderVersionIsRestrictedWhenOpened() throws Exception {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
		Path database = folder.resolve("store");
		DerbyEvaluationStore.open(database).close();
		Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rwxr-xr-x"));
		DerbyEvaluationStore.open(database).close();
		assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(database));
	}

	/**
	 * Derby embedded does not lock a database against its own JVM, so the holder is a child JVM
	 * running Derby's ij on the same database.
	 */
	@Test
	void storeHeldByAnotherProcessIsNamedAsSuch() throws Exception {
		Path database = folder.resolve("store");
		DerbyEvaluationStore.open(database).close();
		Process holder = startHolder(database);
		try {
			StoreException refused = assertThrows(StoreException.class, () -> DerbyEvaluationStore.open(database));
			assertEquals("the store " + database.toAbsolutePath().normalize() + " is in use by another program"
					+ " (a running workbench or another hmis-eval holds it); close that program and try again",
					refused.getMessage());
		} finally {
			holder.getOutputStream().close();
			if (!holder.waitFor(30, TimeUnit.SECONDS)) {
				holder.destroyForcibly();
			}
		}
		DerbyEvaluationStore.open(database).close();
	}

	/** @return a child JVM that has booted the database and holds it until its standard input closes */
	private static Process startHolder(Path database) throws IOException, URISyntaxException {
		Path derbyJar = Path.of(EmbeddedDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		assumeTrue(Files.isRegularFile(derbyJar), "Derby's jars are files here: " + derbyJar);
		List<String> classPath = new ArrayList<>();
		try (Stream<Path> jars = Files.list(derbyJar.getParent())) {
			jars.filter(jar -> jar.getFileName().toString().startsWith("derby")).forEach(jar -> classPath.add(jar.toString()));
		}
		Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
		Process holder = new ProcessBuilder(javaCommand.toString(), "-cp", String.join(File.pathSeparator, classPath),
				"-Dderby.stream.error.file=" + database.resolveSibling("holder-derby.log"), "org.apache.derby.tools.ij")
				.redirectErrorStream(true).start();
		Writer in = new OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8);
		in.write("connect 'jdbc:derby:" + database.toAbsolutePath().normalize() + "';\nselect count(*) from EVALUATION;\n");
		in.flush();
		BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		// ij prints the count ("1 row selected") once it has booted the database and holds it.
		for (String line; (line = out.readLine()) != null;) {
			seen.append(line).append('\n');
			if (line.contains("row selected") || line.contains("rows selected")) {
				return holder;
			}
			if (line.contains("ERROR")) {
				break;
			}
		}
		holder.destroyForcibly();
		throw new IOException("the holding process did not open the store: " + seen);
	}
}
