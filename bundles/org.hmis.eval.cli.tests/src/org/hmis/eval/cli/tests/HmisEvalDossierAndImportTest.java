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

	/**
	 * Every broken-rule class of the interchange specification in one folder: the import exits 1,
	 * names each row as file:line, and the store keeps exactly what it held before.
	 */
	@Test
	void brokenRegistersAreRefusedAndTheStoreIsUnchanged() throws Exception {
		Path database = folder.resolve("db");
		assertEquals(0, run("import", HmisEvalComputeTest.vimo(), "--db", database.toString()));
		Path broken = folder.resolve("broken");
		Files.createDirectories(broken);
		Files.writeString(broken.resolve("scheme.csv"), "key,value\nname,Broken\n");
		Files.writeString(broken.resolve("contracts.csv"), """
				member_id,start_date,end_date,premium_due
				M1,2006-01-01,2006-12-31,1000
				M2,2006-06-01,2006-05-31,1000
				M3,2006-01-01,2006-12-31,-1
				M4,2006-13-01,2006-12-31,1000
				M1,2006-01-01,2006-12-31,1000
				M5,2006-01-01,2006-12-31,abc
				""");
		Files.writeString(broken.resolve("beneficiaries.csv"), "beneficiary_id,member_id,role\nB1,M9,member\n");
		ByteArrayOutputStream sink = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(sink, true, StandardCharsets.UTF_8);
		int exit = HmisEvalApplication.run(List.of("import", broken.toString(), "--db", database.toString()), stream,
				stream);
		String printed = sink.toString(StandardCharsets.UTF_8);
		assertEquals(1, exit, printed);
		for (String expected : List.of("contracts.csv:3:3: contract of member M2 starting 2006-06-01 ends (2006-05-31)",
				"contracts.csv:4:4: premium_due must not be negative", "contracts.csv:5:2: start_date is not a date",
				"contracts.csv:6:2: two contracts of member M1", "contracts.csv:7:4: premium_due is not a number",
				"beneficiaries.csv:2:2: beneficiary B1: member M9 has no contract")) {
			assertTrue(printed.contains(expected), expected + " in " + printed);
		}
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(database)) {
			assertEquals(List.of("vimo"), store.list().stream().map(stored -> stored.id()).toList());
			assertEquals("VIMO", store.load("vimo").getScheme().getName());
		}
	}

	private static int run(String... args) {
		ByteArrayOutputStream sink = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(sink, true, StandardCharsets.UTF_8);
		return HmisEvalApplication.run(List.of(args), stream, stream);
	}
}
