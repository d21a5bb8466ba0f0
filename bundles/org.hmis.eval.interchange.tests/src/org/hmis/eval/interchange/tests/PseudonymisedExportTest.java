/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hmis.eval.interchange.InterchangeExporter;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.interchange.PseudonymKey;
import org.hmis.eval.interchange.Pseudonyms;
import org.hmis.eval.interchange.WorkbookExporter;
import org.hmis.eval.interchange.WorkbookImporter;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.sheets.registers.AccountingCalendar;
import org.hmis.eval.sheets.registers.RegisterCache;
import org.hmis.eval.sheets.registers.RegisterSheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export with pseudonyms: no member or beneficiary id of the registers is left in any file,
 * the same key gives the same pseudonyms, another key others, and the registers read back give
 * the same Tables 7 and 8 (the pseudonyms keep every link between contracts, beneficiaries,
 * payments and claims).
 */
class PseudonymisedExportTest {

	private static final byte[] KEY = "a key for the tests, long enough".getBytes(StandardCharsets.UTF_8);
	private static final Pattern PERSON_ID = Pattern.compile("\\b(MEM|BEN)-\\d{3}\\b");

	@TempDir
	Path folder;
	private Evaluation evaluation;

	@BeforeEach
	void schemeWithRegisters() throws Exception {
		Path source = folder.resolve("source");
		Files.createDirectories(source);
		try (Stream<Path> files = Files.list(InterchangeImporterTest.example("sucura"))) {
			for (Path file : files.toList()) {
				Files.copy(file, source.resolve(file.getFileName()));
			}
		}
		StringBuilder contracts = new StringBuilder("member_id,start_date,end_date,premium_due\n");
		StringBuilder payments = new StringBuilder("member_id,contract_start,payment_date,amount\n");
		StringBuilder beneficiaries = new StringBuilder("beneficiary_id,member_id,role,sex,birth_date\n");
		StringBuilder claims = new StringBuilder(
				"claim_id,beneficiary_id,provider,category,service_date,status,amount_covered\n");
		for (int m = 1; m <= 60; m++) {
			String member = String.format("MEM-%03d", m);
			String start = String.format("2006-%02d-01", 1 + m % 6);
			contracts.append(member).append(',').append(start).append(",2006-12-31,1200\n");
			payments.append(member).append(',').append(start).append(',').append(start).append(",1200\n");
			for (int b = 0; b < 1 + m % 3; b++) {
				String beneficiary = String.format("BEN-%03d", m * 10 + b);
				beneficiaries.append(beneficiary).append(',').append(member).append(',')
						.append(b == 0 ? "member" : "dependent").append(',').append(b % 2 == 0 ? "F" : "M")
						.append(",1990-05-17\n");
				claims.append("C").append(m).append('-').append(b).append(',').append(beneficiary)
						.append(m % 2 == 0 ? ",Health Centre X,outpatient," : ",Hospital Y,medicines,")
						.append(String.format("2006-%02d-15", 7 + b)).append(",authorized,").append(500 + 10 * m)
						.append('\n');
			}
		}
		Files.writeString(source.resolve("contracts.csv"), contracts);
		Files.writeString(source.resolve("payments.csv"), payments);
		Files.writeString(source.resolve("beneficiaries.csv"), beneficiaries);
		Files.writeString(source.resolve("claims.csv"), claims);
		evaluation = InterchangeImporter.importFolder(source).evaluation();
		assertEquals(60, tables(evaluation).contracts().size(), "the registers were read");
	}

	@Test
	void folderExportHidesEveryIdAndKeepsTheDerivedTables() throws Exception {
		Path exported = folder.resolve("pseudonymised");
		InterchangeExporter.exportFolder(evaluation, exported, Pseudonyms.withKey(KEY));

		List<String> leaks = new ArrayList<>();
		try (Stream<Path> files = Files.list(exported)) {
			for (Path file : files.toList()) {
				String text = Files.readString(file);
				PERSON_ID.matcher(text).results().limit(1)
						.forEach(found -> leaks.add(file.getFileName() + ": " + found.group()));
			}
		}
		assertEquals(List.of(), leaks, "no member or beneficiary id left");
		assertTrue(Files.readString(exported.resolve("claims.csv")).contains("C1-0,B"),
				"claim ids kept, beneficiaries replaced");

		Evaluation reimported = InterchangeImporter.importFolder(exported).evaluation();
		assertSameDerivedTables(evaluation, reimported);
		assertEquals(60, tables(reimported).members().size(), "no two members merged");
		assertEquals(tables(evaluation).beneficiaryIds().size(), tables(reimported).beneficiaryIds().size(),
				"no two beneficiaries merged");
	}

	@Test
	void sameKeySamePseudonymsAnotherKeyOthers() throws Exception {
		Path first = folder.resolve("first");
		Path second = folder.resolve("second");
		Path other = folder.resolve("other");
		InterchangeExporter.exportFolder(evaluation, first, Pseudonyms.withKey(KEY));
		InterchangeExporter.exportFolder(evaluation, second, Pseudonyms.withKey(KEY.clone()));
		InterchangeExporter.exportFolder(evaluation, other,
				Pseudonyms.withKey("another key, long enough as well".getBytes(StandardCharsets.UTF_8)));
		String beneficiaries = Files.readString(first.resolve("beneficiaries.csv"));
		assertEquals(beneficiaries, Files.readString(second.resolve("beneficiaries.csv")));
		assertNotEquals(beneficiaries, Files.readString(other.resolve("beneficiaries.csv")));
		// A member's pseudonym and its beneficiary's differ even for the same id text.
		Pseudonyms pseudonyms = Pseudonyms.withKey(KEY);
		assertNotEquals(pseudonyms.member("X1").substring(1), pseudonyms.beneficiary("X1").substring(1));
		assertTrue(pseudonyms.member("X1").matches("M[0-9A-HJKMNP-TV-Z]{16}"), pseudonyms.member("X1"));
	}

	@Test
	void workbookExportHidesEveryIdAndReadsBack() throws Exception {
		Path workbook = folder.resolve("pseudonymised.xlsx");
		WorkbookExporter.export(evaluation, workbook, Pseudonyms.withKey(KEY));
		Evaluation reimported = WorkbookImporter.importWorkbook(workbook).evaluation();
		assertSameDerivedTables(evaluation, reimported);
		Set<String> members = new HashSet<>();
		RegisterTables tables = tables(reimported);
		for (int code = 0; code < tables.members().size(); code++) {
			members.add(tables.members().text(code));
		}
		assertFalse(members.stream().anyMatch(id -> PERSON_ID.matcher(id).find()), members.toString());
	}

	@Test
	void keyFileIsCreatedOnceForItsOwnerAndRefusedWhenDamaged() throws Exception {
		Path keyFile = folder.resolve("keys").resolve("pseudonym.key");
		String before = System.getProperty(PseudonymKey.FILE_PROPERTY);
		System.setProperty(PseudonymKey.FILE_PROPERTY, keyFile.toString());
		try {
			byte[] first = PseudonymKey.load();
			assertEquals(32, first.length);
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
			assertEquals(List.of(first[0], first[31]), List.of(PseudonymKey.load()[0], PseudonymKey.load()[31]),
					"the same key at the next export");
			Files.writeString(keyFile, "not hexadecimal");
			IOException damaged = assertThrows(IOException.class, PseudonymKey::load);
			assertTrue(damaged.getMessage().startsWith("the pseudonym key " + keyFile + " is not 32 bytes"),
					damaged.getMessage());
		} finally {
			if (before == null) {
				System.clearProperty(PseudonymKey.FILE_PROPERTY);
			} else {
				System.setProperty(PseudonymKey.FILE_PROPERTY, before);
			}
		}
	}

	private static void assertSameDerivedTables(Evaluation expected, Evaluation actual) {
		RegisterSheets want = sheets(expected);
		RegisterSheets got = sheets(actual);
		assertEquals(want.beneficiaryMonths(), got.beneficiaryMonths(), "Table 7");
		assertEquals(want.claimsListing(), got.claimsListing(), "Table 8");
		assertFalse(want.claimsListing().isEmpty(), "claims in Table 8");
	}

	private static RegisterSheets sheets(Evaluation evaluation) {
		return RegisterCache.sheets(evaluation.getRegisters(), AccountingCalendar.of(evaluation.getScheme(), 2006));
	}

	private static RegisterTables tables(Evaluation evaluation) {
		return evaluation.getRegisters().getTables();
	}
}
