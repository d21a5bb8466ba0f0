/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.ImportResult;
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

	@Test
	void aFolderNamedLikeAnInterchangeFileIsAnError() throws Exception {
		Files.createDirectories(folder.resolve("claims.csv"));
		assertEquals(List.of("claims.csv: is a directory, not a file"), problems());
	}

	@Test
	void aSocketAPipeOrABrokenLinkNamedLikeAnInterchangeFileIsAnError() throws Exception {
		Path socket = folder.resolve("payments.csv");
		try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			server.bind(UnixDomainSocketAddress.of(socket));
			Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("contracts.csv").toString()).start();
			assertTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
			Files.createSymbolicLink(folder.resolve("accounts.csv"), folder.resolve("gone.csv"));
			assertEquals(List.of(
					"accounts.csv: is a broken link (to " + folder.resolve("gone.csv") + ", which does not exist), not a file",
					"contracts.csv: is a named pipe, not a file", "payments.csv: is a socket, not a file"), problems());
		}
	}

	/** Only where permissions apply: root reads every file. */
	@Test
	void anUnreadableFileIsAnError() throws Exception {
		Path accounts = folder.resolve("accounts.csv");
		Files.writeString(accounts, "year,line,amount\n2006,A,5\n");
		Files.setPosixFilePermissions(accounts, PosixFilePermissions.fromString("---------"));
		assumeFalse(Files.isReadable(accounts), "this user reads files without permission (root)");
		assertEquals(List.of("accounts.csv: cannot be read: permission denied"), problems());
	}

	/** The file is read as a stream; the line of bad bytes is still exact, far beyond the first block. */
	@Test
	void textThatIsNotUtf8IsRefusedAtItsLine() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes("member_id,start_date,end_date,premium_due\n".getBytes(StandardCharsets.UTF_8));
		for (int i = 2; i < 90_000; i++) {
			bytes.writeBytes(("M" + i + ",2006-01-01,2006-12-31,1000\n").getBytes(StandardCharsets.UTF_8));
		}
		bytes.writeBytes("M\u00e9\u00e9,2006-01-01,2006-12-31,".getBytes(StandardCharsets.UTF_8));
		bytes.write(0xE9);
		bytes.writeBytes("\nM2,2006-01-01,2006-12-31,1000\n".getBytes(StandardCharsets.UTF_8));
		Files.write(folder.resolve("contracts.csv"), bytes.toByteArray());
		assertEquals(List.of("contracts.csv:90000: not UTF-8 text"), problems());
	}

	@Test
	void aCsvFileNoReaderKnowsIsIgnoredWithAWarning() throws Exception {
		Files.writeString(folder.resolve("accounts.csv"), "year,line,amount\n2006,A,5\n");
		Files.writeString(folder.resolve("claim.csv"), "claim_id\nC1\n");
		Files.writeString(folder.resolve("notes.txt"), "not an interchange file\n");
		ImportResult result = InterchangeImporter.importFolder(folder);
		assertEquals(List.of("claim.csv: unknown file ignored"),
				result.warnings().stream().map(ImportProblem::toString).toList());
	}

	@Test
	void progressIsReportedWhileAFileIsReadAndOnceItIsRead() throws Exception {
		StringBuilder contracts = new StringBuilder("member_id,start_date,end_date,premium_due\n");
		for (int i = 0; i < 10_000; i++) {
			contracts.append('M').append(i).append(",2006-01-01,2006-12-31,1000\n");
		}
		Files.writeString(folder.resolve("contracts.csv"), contracts);
		Files.writeString(folder.resolve("accounts.csv"), "year,line,amount\n2006,A,5\n");
		List<String> heard = new ArrayList<>();
		InterchangeImporter.importFolder(folder, (file, rows, done) -> heard.add(file + " " + rows + (done ? " done" : "")));
		assertEquals(List.of("accounts.csv 0", "accounts.csv 1 done", "contracts.csv 0", "contracts.csv 4096",
				"contracts.csv 8192", "contracts.csv 10000 done"), heard);
	}

	private List<String> problems() {
		ImportException refused = assertThrows(ImportException.class, () -> InterchangeImporter.importFolder(folder));
		return refused.problems().stream().map(ImportProblem::toString).toList();
	}
}
