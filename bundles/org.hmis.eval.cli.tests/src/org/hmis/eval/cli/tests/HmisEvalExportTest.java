/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.hmis.eval.interchange.PseudonymKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hmis-eval export}: an evaluation written as a folder or a workbook that computes as the
 * original does, members and beneficiaries under pseudonyms when asked, and a folder that holds
 * anything else left alone.
 */
class HmisEvalExportTest {

	@TempDir
	Path folder;
	private final CommandRun command = new CommandRun();
	private String keyFileBefore;

	@BeforeEach
	void keyFileInTheTemporaryFolder() {
		keyFileBefore = System.getProperty(PseudonymKey.FILE_PROPERTY);
		System.setProperty(PseudonymKey.FILE_PROPERTY, folder.resolve("pseudonym.key").toString());
	}

	@AfterEach
	void restoreKeyFile() {
		if (keyFileBefore == null) {
			System.clearProperty(PseudonymKey.FILE_PROPERTY);
		} else {
			System.setProperty(PseudonymKey.FILE_PROPERTY, keyFileBefore);
		}
	}

	@Test
	void folderAndWorkbookComputeAsTheOriginal() {
		String vimo = Path.of(System.getProperty("hmis.examples"), "vimo").toString();
		assertEquals(0, command.run("compute", vimo, "--year", "2006", "--format", "json"), command.err());
		String original = command.out();

		Path exported = folder.resolve("vimo-copy");
		assertEquals(0, command.run("export", vimo, "--out", exported.toString()), command.err());
		assertEquals("", command.out(), "nothing on standard output");
		assertEquals(0, command.run("compute", exported.toString(), "--year", "2006", "--format", "json"), command.err());
		assertEquals(original, command.out(), "the folder computes as the original");

		Path workbook = folder.resolve("vimo.xlsx");
		assertEquals(0, command.run("export", vimo, "--out", workbook.toString(), "--pseudonymise"), command.err());
		assertEquals(0, command.run("compute", workbook.toString(), "--year", "2006", "--format", "json"), command.err());
		assertEquals(original, command.out(), "the workbook computes as the original");
		assertTrue(Files.exists(folder.resolve("pseudonym.key")), "the key made on first use");
	}

	@Test
	void pseudonymisedRegistersKeepNoIdAndStayTheSameFromOneExportToTheNext() throws Exception {
		Path source = folder.resolve("registers");
		Files.createDirectories(source);
		Files.copy(Path.of(System.getProperty("hmis.examples"), "sucura", "scheme.csv"), source.resolve("scheme.csv"));
		Files.writeString(source.resolve("contracts.csv"),
				"member_id,start_date,end_date,premium_due\nAMINATA-TRAORE,2006-01-01,2006-12-31,1200\n");
		Files.writeString(source.resolve("beneficiaries.csv"),
				"beneficiary_id,member_id,role\nAMINATA-TRAORE,AMINATA-TRAORE,member\nMOUSSA-TRAORE,AMINATA-TRAORE,dependent\n");
		Path first = folder.resolve("first");
		Path second = folder.resolve("second");
		assertEquals(0, command.run("export", source.toString(), "--out", first.toString(), "--pseudonymise"),
				command.err());
		assertEquals(0, command.run("export", source.toString(), "--out", second.toString(), "--pseudonymise"),
				command.err());
		String beneficiaries = Files.readString(first.resolve("beneficiaries.csv"));
		assertFalse(beneficiaries.contains("TRAORE") || Files.readString(first.resolve("contracts.csv")).contains("TRAORE"),
				beneficiaries);
		assertEquals(beneficiaries, Files.readString(second.resolve("beneficiaries.csv")), "stable pseudonyms");
		assertEquals(0, command.run("validate", first.toString()), command.err());
	}

	@Test
	void aFolderHoldingOtherFilesIsLeftAlone() throws Exception {
		Path documents = folder.resolve("documents");
		Files.createDirectories(documents);
		Files.writeString(documents.resolve("letter.odt"), "a user's own file");
		String vimo = Path.of(System.getProperty("hmis.examples"), "vimo").toString();
		assertEquals(2, command.run("export", vimo, "--out", documents.toString()));
		assertTrue(command.err().startsWith("hmis-eval: export will not replace " + documents
				+ ": it holds letter.odt, which is not an interchange file"), command.err());
		try (Stream<Path> left = Files.list(documents)) {
			assertEquals(1, left.count(), "the folder untouched");
		}
		assertEquals("a user's own file", Files.readString(documents.resolve("letter.odt")));
	}
}
