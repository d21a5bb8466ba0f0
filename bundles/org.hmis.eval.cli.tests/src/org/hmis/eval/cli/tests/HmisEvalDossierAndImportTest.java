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
import org.hmis.eval.store.derby.DerbyEvaluationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hmis-eval dossier} and {@code hmis-eval import} end to end, with BIRT and Derby. */
class HmisEvalDossierAndImportTest {

	@TempDir
	Path folder;

	@Test
	void dossierWritesAPdf() throws Exception {
		Path pdf = folder.resolve("vimo.pdf");
		int exit = run("dossier", HmisEvalComputeTest.vimo(), "--year", "2006", "--lang", "fr", "--out", pdf.toString());
		assertEquals(0, exit);
		byte[] bytes = Files.readAllBytes(pdf);
		assertTrue(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
	}

	@Test
	void importStoresTheExampleInTheGivenDatabase() throws Exception {
		Path database = folder.resolve("db");
		assertEquals(0, run("import", HmisEvalComputeTest.vimo(), "--db", database.toString()));
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(database)) {
			assertEquals("VIMO", store.load("vimo").getScheme().getName());
		}
	}

	private static int run(String... args) {
		ByteArrayOutputStream sink = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(sink, true, StandardCharsets.UTF_8);
		return HmisEvalApplication.run(List.of(args), stream, stream);
	}
}
