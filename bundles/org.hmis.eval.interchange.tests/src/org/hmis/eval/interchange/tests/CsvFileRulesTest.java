/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is wrong with a CSV file as a whole, or with the shape of a row, rather than with a value:
 * nothing is padded, cut or skipped in silence.
 */
class CsvFileRulesTest {

	@TempDir
	Path folder;

	@Test
	void aRowWithMoreOrFewerFieldsThanTheHeaderIsRefusedAtItsLine() throws Exception {
		Files.writeString(folder.resolve("accounts.csv"),
				"year,line,amount\n2006,A,5\n2006,B\n2006,C,1,2\n2006,D,3\n2006,E,\n");
		assertEquals(List.of("accounts.csv:3: the row has 2 fields but the header has 3",
				"accounts.csv:4: the row has 4 fields but the header has 3",
				"accounts.csv:6:3: amount is empty"), problems());
	}

	@Test
	void aFileWhoseLastRowHasNoLineBreakIsRefusedAsTruncated() throws Exception {
		Files.writeString(folder.resolve("claims_listing.csv"), "year,month,provider,category,count,cost\n"
				+ "2006,1,Hospital Y,medicines,2,10\n2006,2,Hospital Y,medicines,2,1");
		assertEquals(List.of("claims_listing.csv:3: the last row ends without a line break: the file may be truncated"),
				problems());
	}

	@Test
	void aHeaderAloneWithoutALineBreakIsRefusedToo() throws Exception {
		Files.writeString(folder.resolve("scheme.csv"), "key,value");
		assertEquals(List.of("scheme.csv:1: the last row ends without a line break: the file may be truncated"),
				problems());
	}

	@Test
	void blankFinalLinesAreFine() throws Exception {
		Files.writeString(folder.resolve("accounts.csv"), "year,line,amount\r\n2006,A,5\r\n\r\n\r\n");
		Evaluation evaluation = InterchangeImporter.importFolder(folder).evaluation();
		assertEquals(1, evaluation.getYears().get(0).getAccountLines().size());
	}

	private List<String> problems() {
		ImportException refused = assertThrows(ImportException.class, () -> InterchangeImporter.importFolder(folder));
		return refused.problems().stream().map(ImportProblem::toString).toList();
	}
}
