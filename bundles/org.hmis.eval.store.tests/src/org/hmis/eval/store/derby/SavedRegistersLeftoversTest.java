/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.derby;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The encoded registers a killed save left in the temporary folder go at the next save; those of a
 * living process, and files not named like ours, stay. In the store's package to reach the cleanup.
 */
class SavedRegistersLeftoversTest {

	@Test
	void onlyLeftoversOfProcessesThatAreGoneAreRemoved() throws Exception {
		Process finished = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-version").redirectErrorStream(true).start();
		finished.getInputStream().readAllBytes();
		finished.waitFor();
		Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
		Path ofDeadProcess = tmp.resolve("hmis-registers-" + finished.pid() + "-4242.bin");
		Path ofThisProcess = tmp.resolve("hmis-registers-" + ProcessHandle.current().pid() + "-4242.bin");
		Path notOurs = tmp.resolve("hmis-registers-" + finished.pid() + "-4242.bin.keep");
		try {
			for (Path file : List.of(ofDeadProcess, ofThisProcess, notOurs)) {
				Files.writeString(file, "encoded registers");
				Files.setLastModifiedTime(file, FileTime.fromMillis(0));
			}
			SavedRegisters.removeLeftovers();
			assertFalse(Files.exists(ofDeadProcess), "left by a process that is gone");
			assertTrue(Files.exists(ofThisProcess), "a living process's file stays");
			assertTrue(Files.exists(notOurs), "another name stays");
		} finally {
			for (Path file : List.of(ofDeadProcess, ofThisProcess, notOurs)) {
				Files.deleteIfExists(file);
			}
		}
	}
}
