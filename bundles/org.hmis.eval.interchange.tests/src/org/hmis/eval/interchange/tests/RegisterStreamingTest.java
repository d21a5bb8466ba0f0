/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.registers.ClaimRow;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.sheets.ClaimsEntry;
import org.hmis.eval.sheets.registers.AccountingCalendar;
import org.hmis.eval.sheets.registers.RegisterSheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register files read as streams of bytes: quoting, line ends and buffer boundaries, rows with
 * the wrong number of fields, files cut off, amounts with too many decimals, and a register far
 * larger than the reading buffer.
 */
class RegisterStreamingTest {

	@TempDir
	Path folder;

	@Test
	void quotedCellsLineEndsAndAByteOrderMarkAreRead() throws Exception {
		writeMembers("M1", "M,2");
		Files.writeString(folder.resolve("beneficiaries.csv"), "\uFEFFbeneficiary_id,member_id,role\r\n"
				+ "\"B \"\"1\"\"\",M1,member\r\n" + "B2,\"M,2\",member\r\n");
		Files.writeString(folder.resolve("claims.csv"), "claim_id,beneficiary_id,provider,category,service_date,status,"
				+ "amount_covered\n" + "C1,\"B \"\"1\"\"\",\"Hospital\nY\",medicines,2006-03-02,authorized,1000.5\n"
				+ "C2,B2,Clinic,outpatient,2006-03-03,authorized,  20.25 \n\n");
		RegisterTables tables = InterchangeImporter.importFolder(folder).evaluation().getRegisters().getTables();
		assertEquals("B \"1\"", tables.beneficiaryIds().text(tables.beneficiaries().id(0)));
		assertEquals("M,2", tables.members().text(tables.beneficiaries().member(1)));
		ClaimRow first = ClaimRow.of(tables, 0);
		assertEquals("Hospital\nY", first.provider());
		assertEquals(0, new BigDecimal("1000.5").compareTo(first.amountCovered()));
		assertEquals(0, new BigDecimal("20.25").compareTo(ClaimRow.of(tables, 1).amountCovered()), "cells are trimmed");
	}

	@Test
	void aRowWithTooManyOrTooFewFieldsIsRefusedNotPadded() throws Exception {
		Files.writeString(folder.resolve("contracts.csv"), """
				member_id,start_date,end_date,premium_due
				M1,2006-01-01,2006-12-31,1000
				M2,2006-01-01,2006-12-31
				M3,2006-01-01,2006-12-31,1000,extra
				""");
		assertEquals(List.of("contracts.csv:3: the row has 3 fields but the header has 4",
				"contracts.csv:4: the row has 5 fields but the header has 4"), problems());
	}

	@Test
	void aFileCutOffInTheMiddleOfItsLastRowIsRefused() throws Exception {
		writeMembers("M1");
		Files.writeString(folder.resolve("beneficiaries.csv"), "beneficiary_id,member_id,role\nB1,M1,member\n");
		// The last claim's amount was 1137 before the file was cut: 11 must not be taken for it.
		Files.writeString(folder.resolve("claims.csv"), "claim_id,beneficiary_id,provider,category,service_date,status,"
				+ "amount_covered\nC1,B1,Clinic,outpatient,2006-03-02,authorized,500\n"
				+ "C2,B1,Clinic,outpatient,2006-03-02,authorized,11");
		assertEquals(List.of("claims.csv:3: the last row ends without a line break: the file may be truncated"),
				problems());
	}

	@Test
	void amountsKeepFourDecimalsAndRefuseMore() throws Exception {
		Files.writeString(folder.resolve("contracts.csv"), """
				member_id,start_date,end_date,premium_due
				M1,2006-01-01,2006-12-31,1000.12345
				M2,2006-01-01,2006-12-31,1000.123400
				M3,2006-01-01,2006-12-31,1.
				M4,2006-01-01,2006-12-31,.5
				M5,2006-01-01,2006-12-31,1e3
				M6,2006-01-01,2006-12-31,1234567890123456
				""");
		assertEquals(List.of("contracts.csv:2:4: premium_due has more than 4 decimals: 1000.12345",
				"contracts.csv:4:4: premium_due is not a number: '1.'", "contracts.csv:5:4: premium_due is not a number: '.5'",
				"contracts.csv:6:4: premium_due is not a number: '1e3'",
				"contracts.csv:7:4: premium_due is too large: 1234567890123456"), problems());
	}

	@Test
	void aRegisterFileThatIsAFolderIsAnErrorNotSkipped() throws Exception {
		writeMembers("M1");
		Files.createDirectory(folder.resolve("claims.csv"));
		assertEquals(List.of("claims.csv: is a directory, not a file"), problems());
	}

	/**
	 * 200,000 claims, several times the reading buffer, with quoted cells that straddle its
	 * boundaries: Table 8 equals the sums kept while the file was written.
	 */
	@Test
	void aRegisterLargerThanTheReadingBufferGivesTheSameTable8AsItsRows() throws Exception {
		int beneficiaries = 5_000;
		StringBuilder contracts = new StringBuilder("member_id,start_date,end_date,premium_due\n");
		StringBuilder people = new StringBuilder("beneficiary_id,member_id,role\n");
		for (int b = 0; b < beneficiaries; b++) {
			contracts.append("M").append(b).append(",2006-01-01,2006-12-31,1200\n");
			people.append("B").append(b).append(",M").append(b).append(",member\n");
		}
		Files.writeString(folder.resolve("contracts.csv"), contracts);
		Files.writeString(folder.resolve("beneficiaries.csv"), people);
		long[] counts = new long[12];
		long[] costs = new long[12];
		try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("claims.csv"), StandardCharsets.UTF_8)) {
			out.write("claim_id,beneficiary_id,provider,category,service_date,status,amount_covered\n");
			for (int c = 0; c < 200_000; c++) {
				int month = 1 + c % 12;
				boolean authorized = c % 7 != 0;
				long amount = 100 + c % 997;
				String provider = c % 3 == 0 ? "\"Hospital, \"\"Y\"\"\"" : "Health Centre X";
				out.write("C" + c + ",B" + c % beneficiaries + "," + provider + ",medicines,"
						+ LocalDate.of(2006, month, 1 + c % 28) + "," + (authorized ? "authorized" : "rejected") + ","
						+ amount + ".5\n");
				if (authorized) {
					counts[month - 1]++;
					costs[month - 1] += amount * 10 + 5;
				}
			}
		}
		Evaluation evaluation = InterchangeImporter.importFolder(folder).evaluation();
		RegisterTables tables = evaluation.getRegisters().getTables();
		assertEquals(200_000, tables.claims().size());
		assertEquals("Hospital, \"Y\"", tables.providers().text(tables.claims().provider(0)));
		List<ClaimsEntry> listing = new RegisterSheets(tables, new AccountingCalendar(2006, 1)).claimsListing();
		for (int month = 1; month <= 12; month++) {
			int j = month;
			long count = listing.stream().filter(e -> e.month() == j).mapToLong(ClaimsEntry::count).sum();
			BigDecimal cost = listing.stream().filter(e -> e.month() == j).map(ClaimsEntry::cost)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertEquals(counts[month - 1], count, "claims of month " + month);
			assertEquals(0, BigDecimal.valueOf(costs[month - 1], 1).compareTo(cost), "cost of month " + month);
		}
	}

	/**
	 * A file large enough to be parsed on a second thread, with bad rows in different batches: every
	 * problem keeps its line and column, and a rule broken over the whole register its row's line.
	 */
	@Test
	void problemsOfALargeFileKeepTheirLinesWhenItIsParsedOnTwoThreads() throws Exception {
		try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("contracts.csv"), StandardCharsets.UTF_8)) {
			out.write("member_id,start_date,end_date,premium_due\n");
			for (int line = 2; line <= 300_001; line++) {
				String start = switch (line) {
				case 5 -> "2006-13-01";
				case 9_000 -> "yesterday";
				default -> "2006-01-01";
				};
				String member = line == 250_000 ? "M2" : "M" + line;
				String premium = line == 150_000 ? "-1" : "1000";
				out.write(member + "," + start + ",2006-12-31," + premium + "\n");
			}
		}
		assertEquals(List.of("contracts.csv:5:2: start_date is not a date of the calendar: '2006-13-01'",
				"contracts.csv:9000:2: start_date is not a date (YYYY-MM-DD): 'yesterday'",
				"contracts.csv:150000:4: premium_due must not be negative: -1",
				"contracts.csv:250000:2: two contracts of member M2 starting 2006-01-01"), problems());
	}

	/**
	 * Claim ids are kept one per claim, without a lookup as they are read: an id given twice is
	 * still refused at the line of its second claim, also when the two lie in different batches of
	 * a file parsed on two threads, and when the two differ only in the spaces trimmed around them.
	 */
	@Test
	void aClaimIdGivenTwiceIsRefusedAtTheLineOfItsRepetition() throws Exception {
		writeMembers("M1");
		Files.writeString(folder.resolve("beneficiaries.csv"), "beneficiary_id,member_id,role\nB1,M1,member\n");
		try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("claims.csv"), StandardCharsets.UTF_8)) {
			out.write("claim_id,beneficiary_id,provider,category,service_date,status,amount_covered\n");
			for (int line = 2; line <= 100_001; line++) {
				String id = switch (line) {
				case 3, 90_000 -> "C2";
				case 70_000 -> " C69998 ";
				default -> "C" + line;
				};
				out.write(id + ",B1,Health Centre X,medicines,2006-03-02,authorized,1000\n");
			}
		}
		assertEquals(List.of("claims.csv:3:1: claim C2 is registered twice", "claims.csv:70000:1: claim C69998 is registered twice",
				"claims.csv:90000:1: claim C2 is registered twice"), problems());
	}

	private void writeMembers(String... members) throws IOException {
		StringBuilder csv = new StringBuilder("member_id,start_date,end_date,premium_due\n");
		for (String member : members) {
			csv.append(member.contains(",") ? "\"" + member + "\"" : member).append(",2006-01-01,2006-12-31,1000\n");
		}
		Files.writeString(folder.resolve("contracts.csv"), csv);
	}

	private List<String> problems() {
		ImportException refused = assertThrows(ImportException.class, () -> InterchangeImporter.importFolder(folder));
		return refused.problems().stream().map(ImportProblem::toString).toList();
	}
}
