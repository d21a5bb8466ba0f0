/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hmis.eval.model.BeneficiaryRole;
import org.hmis.eval.model.ClaimStatus;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.Sex;
import org.hmis.eval.model.io.EvaluationXmi;
import org.hmis.eval.model.registers.Amounts;
import org.hmis.eval.model.registers.BeneficiaryRow;
import org.hmis.eval.model.registers.ClaimRow;
import org.hmis.eval.model.registers.ContractRow;
import org.hmis.eval.model.registers.Days;
import org.hmis.eval.model.registers.PaymentRow;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.model.registers.RegisterTablesCodec;
import org.hmis.eval.model.registers.TextDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The columnar registers: their cells, their binary form, and how they are saved beside a document. */
class RegisterTablesTest {

	@TempDir
	Path folder;

	@Test
	void dayNumbersAgreeWithTheCalendarOnEveryDayOfTheAcceptedYears() {
		for (LocalDate day = LocalDate.of(1899, 12, 1); day.isBefore(LocalDate.of(2101, 2, 1)); day = day.plusDays(1)) {
			assertEquals(day.toEpochDay(), Days.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), day.toString());
			assertTrue(Days.isValid(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), day.toString());
		}
		for (int year : List.of(1900, 2000, 2004, 2006, 2100)) {
			for (int month = 1; month <= 12; month++) {
				for (int dayOfMonth = 29; dayOfMonth <= 32; dayOfMonth++) {
					boolean exists;
					try {
						LocalDate.of(year, month, dayOfMonth);
						exists = true;
					} catch (DateTimeException e) {
						exists = false;
					}
					assertEquals(exists, Days.isValid(year, month, dayOfMonth), year + "-" + month + "-" + dayOfMonth);
				}
			}
		}
		assertNull(Days.date(Days.NONE));
	}

	@Test
	void amountsKeepFourDecimalsExactlyAndRefuseMore() {
		assertEquals(10_005_000L, Amounts.of(new BigDecimal("1000.5")));
		assertEquals(0, new BigDecimal("1000.5").compareTo(Amounts.decimal(10_005_000L)));
		assertEquals("1000", Amounts.decimal(Amounts.of(new BigDecimal("1000.0000"))).toPlainString());
		assertEquals("0.0001", Amounts.decimal(1).toPlainString());
		assertThrows(ArithmeticException.class, () -> Amounts.of(new BigDecimal("0.00001")));
		assertNull(Amounts.decimal(Amounts.NONE));
	}

	@Test
	void aDictionaryGivesDenseCodesInTheOrderFirstSeenAndFindsTextsByTheirBytes() {
		TextDictionary ids = new TextDictionary();
		for (int i = 0; i < 100_000; i++) {
			assertEquals(i, ids.add("B" + i));
		}
		assertEquals(42, ids.add("B42"), "a text added again keeps its code");
		assertEquals(100_000, ids.size());
		byte[] cell = "xxB99999yy".getBytes(StandardCharsets.UTF_8);
		assertEquals(99_999, ids.find(cell, 2, 6));
		assertEquals(-1, ids.find("B100000"));
		assertEquals(100_000, ids.add("Bénin"));
		ids.compact();
		assertEquals("Bénin", ids.text(100_000));
		assertEquals(100_000, ids.find("Bénin"), "lookups work again after compacting");
	}

	@Test
	void aBatchLookupGivesTheCodesOfLookupsOneByOne() {
		TextDictionary oneByOne = new TextDictionary();
		TextDictionary batched = new TextDictionary();
		for (int i = 0; i < 1_000; i++) {
			oneByOne.add("B" + i);
			batched.add("B" + i);
		}
		// Known and new texts mixed, a new one twice in the same batch, a blank cell, enough rows to rehash.
		StringBuilder cells = new StringBuilder();
		int count = 5_000;
		int[] starts = new int[count];
		int[] lengths = new int[count];
		for (int r = 0; r < count; r++) {
			String text = r == 7 ? "" : "B" + (r * 7919L % 3_000);
			starts[r] = cells.length();
			lengths[r] = r == 7 ? -1 : text.length();
			cells.append(text);
		}
		byte[] bytes = cells.toString().getBytes(StandardCharsets.UTF_8);
		int[] hashes = new int[count];
		for (int r = 0; r < count; r++) {
			hashes[r] = lengths[r] < 0 ? 0 : TextDictionary.hash(bytes, starts[r], lengths[r]);
		}
		int[] codes = new int[count];
		batched.addAll(bytes, starts, lengths, hashes, count, codes);
		for (int r = 0; r < count; r++) {
			int expected = lengths[r] < 0 ? -1 : oneByOne.add(bytes, starts[r], lengths[r]);
			assertEquals(expected, codes[r], "row " + r);
		}
		assertEquals(oneByOne.size(), batched.size());
		for (int code = 0; code < batched.size(); code++) {
			assertEquals(oneByOne.text(code), batched.text(code));
		}
	}

	@Test
	void appendedTextsKeepOneCodeEachAndTheRepeatedOnesAreFound() {
		TextDictionary ids = new TextDictionary();
		assertEquals(0, ids.add("C1"));
		for (int i = 2; i <= 20_000; i++) {
			assertEquals(i - 1, ids.append("C" + i));
		}
		assertEquals(20_000, ids.append("C7"));
		assertEquals(20_001, ids.append("C1"));
		assertEquals(20_002, ids.append("C7"));
		assertEquals(List.of(20_000, 20_001, 20_002), ids.repeatedCodes().stream().boxed().toList());
		assertEquals("C7", ids.text(20_002));
		assertTrue(ids.find("C20000") >= 0, "lookups see the appended texts");
		assertTrue(new TextDictionary().repeatedCodes().isEmpty());
	}

	@Test
	void tablesSurviveTheirBinaryFormAndADamagedFormIsRefused() throws IOException {
		RegisterTables tables = sample();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String digest = RegisterTablesCodec.write(tables, out);
		assertEquals(64, digest.length());
		RegisterTables read = RegisterTablesCodec.read(new ByteArrayInputStream(out.toByteArray()));
		assertEquals(tables, read);
		assertEquals(ContractRow.of(tables, 1), ContractRow.of(read, 1));
		assertEquals(ClaimRow.of(tables, 0), ClaimRow.of(read, 0));
		assertNull(BeneficiaryRow.of(read, 1).sex(), "an unknown sex stays unknown");

		byte[] cut = Arrays.copyOf(out.toByteArray(), out.size() / 2);
		assertThrows(IOException.class, () -> RegisterTablesCodec.read(new ByteArrayInputStream(cut)));
		assertThrows(IOException.class,
				() -> RegisterTablesCodec.read(new ByteArrayInputStream("not registers".getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void registersAreSavedBesideTheDocumentNotInIt() throws IOException {
		Evaluation evaluation = withRegisters(sample());
		Path document = folder.resolve("scheme." + EvaluationXmi.EXTENSION);
		EvaluationXmi.save(evaluation, document);
		String xml = Files.readString(document);
		assertFalse(xml.contains("C-0001"), "the document holds no register row");
		String digest = EvaluationXmi.registersDigest(EvaluationXmi.fromBytes(Files.readAllBytes(document)));
		assertTrue(Files.isRegularFile(EvaluationXmi.registersFile(document, digest)));
		Evaluation reloaded = EvaluationXmi.load(document);
		assertEquals(evaluation.getRegisters().getTables(), reloaded.getRegisters().getTables());
		assertTrue(EcoreUtil.equals(evaluation.getScheme(), reloaded.getScheme()));
	}

	@Test
	void aNewSaveReplacesTheRegistersFileAndAnInterruptedOneLeavesTheOldPairIntact() throws IOException {
		Path document = folder.resolve("scheme." + EvaluationXmi.EXTENSION);
		EvaluationXmi.save(withRegisters(sample()), document);
		// A save interrupted after writing its registers file but before replacing the document
		// leaves a registers file of another digest: the document still reads its own.
		Path stray = document.resolveSibling(document.getFileName() + EvaluationXmi.REGISTERS_SUFFIX + "0123456789abcdef");
		Files.writeString(stray, "half written");
		assertEquals(sample(), EvaluationXmi.load(document).getRegisters().getTables());

		RegisterTables.Builder other = RegisterTables.builder();
		other.add(ContractRow.of("M9", LocalDate.of(2007, 1, 1), LocalDate.of(2007, 12, 31), BigDecimal.TEN));
		EvaluationXmi.save(withRegisters(other.build()), document);
		try (var files = Files.list(folder)) {
			assertEquals(2, files.count(), "the document and its one registers file; the stray and the old file are gone");
		}
		assertEquals(1, EvaluationXmi.load(document).getRegisters().getTables().contracts().size());
	}

	@Test
	void aMissingOrAlteredRegistersFileIsAnErrorNotAnEvaluationWithoutRegisters() throws IOException {
		Path document = folder.resolve("scheme." + EvaluationXmi.EXTENSION);
		EvaluationXmi.save(withRegisters(sample()), document);
		String digest = EvaluationXmi.registersDigest(EvaluationXmi.fromBytes(Files.readAllBytes(document)));
		Path registers = EvaluationXmi.registersFile(document, digest);
		byte[] saved = Files.readAllBytes(registers);
		RegisterTables.Builder other = RegisterTables.builder();
		other.add(ContractRow.of("M9", LocalDate.of(2007, 1, 1), LocalDate.of(2007, 12, 31), BigDecimal.TEN));
		try (var out = Files.newOutputStream(registers)) {
			RegisterTablesCodec.write(other.build(), out);
		}
		IOException altered = assertThrows(IOException.class, () -> EvaluationXmi.load(document));
		assertTrue(altered.getMessage().contains("digest"), altered.getMessage());
		Files.delete(registers);
		IOException missing = assertThrows(IOException.class, () -> EvaluationXmi.load(document));
		assertTrue(missing.getMessage().contains(registers.getFileName().toString()), missing.getMessage());
		Files.write(registers, saved);
		assertEquals(sample(), EvaluationXmi.load(document).getRegisters().getTables());
	}

	@Test
	void tablesAreEqualByTheirRowsWhateverTheCodes() {
		RegisterTables.Builder reordered = RegisterTables.builder();
		reordered.members().add("M2"); // gives M2 code 0, M1 code 1: the rows stay the same
		RegisterTables tables = sample();
		for (int row = 0; row < tables.contracts().size(); row++) {
			reordered.add(ContractRow.of(tables, row));
		}
		for (int row = 0; row < tables.beneficiaries().size(); row++) {
			reordered.add(BeneficiaryRow.of(tables, row));
		}
		for (int row = 0; row < tables.payments().size(); row++) {
			reordered.add(PaymentRow.of(tables, row));
		}
		for (int row = 0; row < tables.claims().size(); row++) {
			reordered.add(ClaimRow.of(tables, row));
		}
		assertEquals(tables, reordered.build());
		assertNotEquals(tables, RegisterTables.EMPTY);
	}

	/** Two contracts, two beneficiaries (one without sex), a payment and a claim with every optional cell. */
	static RegisterTables sample() {
		RegisterTables.Builder rows = RegisterTables.builder();
		rows.add(ContractRow.of("M1", LocalDate.of(2006, 1, 1), LocalDate.of(2006, 12, 31), new BigDecimal("1000")));
		rows.add(new ContractRow("M2", LocalDate.of(2006, 7, 1), LocalDate.of(2007, 6, 30), new BigDecimal("1000.5"),
				LocalDate.of(2006, 6, 15), MembershipType.AUTOMATIC, MembershipUnit.GROUP, "South", "Awa", "basic"));
		rows.add(new BeneficiaryRow("B1", "M1", BeneficiaryRole.MEMBER, Sex.FEMALE, LocalDate.of(1970, 5, 1), null, null));
		rows.add(new BeneficiaryRow("B2", "M2", BeneficiaryRole.DEPENDENT, null, null, LocalDate.of(2006, 8, 1),
				LocalDate.of(2007, 1, 31)));
		rows.add(new PaymentRow("M1", LocalDate.of(2006, 1, 1), LocalDate.of(2006, 1, 5), new BigDecimal("1000")));
		rows.add(new ClaimRow("C-0001", "B1", "Hospital Y", "hospitalization", LocalDate.of(2006, 3, 2),
				ClaimStatus.AUTHORIZED, new BigDecimal("4000.25"), new BigDecimal("250"), LocalDate.of(2006, 3, 10),
				LocalDate.of(2006, 3, 20), LocalDate.of(2006, 3, 2), LocalDate.of(2006, 3, 5)));
		return rows.build();
	}

	private static Evaluation withRegisters(RegisterTables tables) {
		Evaluation evaluation = EvaluationXmiTest.vimo();
		Registers registers = ModelFactory.eINSTANCE.createRegisters();
		registers.setTables(tables);
		evaluation.setRegisters(registers);
		return evaluation;
	}
}
