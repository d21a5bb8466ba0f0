/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hmis.eval.cli.internal.HmisEvalApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hmis-eval validate}: one problem per line, exit 1 when there is an error. */
class HmisEvalValidateTest {

	@TempDir
	Path folder;

	@Test
	void bothExamplesAreValid() {
		for (String example : List.of("vimo", "sucura")) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int exit = run(out, Path.of(System.getProperty("hmis.examples"), example).toString());
			assertEquals(0, exit, example + ": " + out.toString(StandardCharsets.UTF_8));
			assertEquals("", out.toString(StandardCharsets.UTF_8));
		}
	}

	@Test
	void anUnbalancedBalanceSheetExitsWith1() throws Exception {
		Files.writeString(folder.resolve("accounts.csv"), "year,line,amount\n2006,1,100\n2006,12,60\n2006,18,30\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(1, run(out, folder.toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("error: 2006: the balance sheet does not balance"),
				out.toString(StandardCharsets.UTF_8));
	}

	private static int run(ByteArrayOutputStream out, String evaluation) {
		return HmisEvalApplication.run(List.of("validate", evaluation), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
	}
}
