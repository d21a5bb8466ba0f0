/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hmis.eval.model.BeneficiaryRole;
import org.hmis.eval.model.ClaimStatus;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.Sex;
import org.hmis.eval.model.registers.BeneficiaryRow;
import org.hmis.eval.model.registers.ClaimRow;
import org.hmis.eval.model.registers.ContractRow;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.model.registers.RegisterTablesCodec;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.derby.DerbyEvaluationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encryption at rest: an encrypted store's files hold none of an evaluation's identifying values,
 * while an unencrypted store's files hold them (so the scan is shown to find what is there), and an
 * encrypted store refuses to open without its boot password in one sentence.
 */
class EncryptedStoreTest {

	private static final char[] PASSWORD = "correct horse battery".toCharArray();

	@TempDir
	Path folder;

	@Test
	void encryptedStoreFilesHoldNoneOfTheValuesThatAPlainStoreShows() throws Exception {
		Map<String, byte[]> plain = scan(folder.resolve("plain"), null);
		Map<String, byte[]> encrypted = scan(folder.resolve("encrypted"), PASSWORD);
		List<String> missingFromPlain = new ArrayList<>();
		for (Map.Entry<String, byte[]> value : plain.entrySet()) {
			if (value.getValue() == null) {
				missingFromPlain.add(value.getKey());
			}
		}
		// The scan finds the values in the store that is not encrypted: it does look.
		assertEquals(List.of(), missingFromPlain, "values a plain store shows");
		for (Map.Entry<String, byte[]> value : encrypted.entrySet()) {
			assertNull(value.getValue(), value.getKey() + " is readable in the encrypted store");
		}
		assertTrue(DerbyEvaluationStore.isEncrypted(folder.resolve("encrypted")));
		assertFalse(DerbyEvaluationStore.isEncrypted(folder.resolve("plain")));
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(folder.resolve("encrypted"), "tester", PASSWORD)) {
			Evaluation loaded = store.load(store.list().get(0).id());
			assertEquals(withMembers().getRegisters().getTables(), loaded.getRegisters().getTables());
		}
	}

	@Test
	void encryptedStoreWithoutOrWithAWrongPasswordIsRefusedInOneSentence() throws Exception {
		Path database = folder.resolve("encrypted");
		DerbyEvaluationStore.open(database, "tester", PASSWORD).close();
		String expected = "the store " + database.toAbsolutePath().normalize() + " is encrypted and its boot password"
				+ " was not given or is wrong (set HMIS_STORE_PASSWORD to it, or run the command in a terminal to be"
				+ " asked for it)";
		StoreException missing = assertThrows(StoreException.class, () -> DerbyEvaluationStore.open(database));
		assertEquals(expected, missing.getMessage());
		StoreException wrong = assertThrows(StoreException.class,
				() -> DerbyEvaluationStore.open(database, "tester", "another password".toCharArray()));
		assertEquals(expected, wrong.getMessage());
		StoreException tooShort = assertThrows(StoreException.class,
				() -> DerbyEvaluationStore.open(folder.resolve("short"), "tester", "short".toCharArray()));
		assertEquals("the store's boot password must have at least 8 characters", tooShort.getMessage());
		assertFalse(Files.exists(folder.resolve("short")), "a refused password creates no store");
		// After the refusals the right password still opens it: nothing was damaged.
		DerbyEvaluationStore.open(database, "tester", PASSWORD).close();
	}

	/**
	 * Stores {@link #withMembers()} in a new store and scans every file under it.
	 *
	 * @return for each looked-for value, its bytes when some file holds them, else null
	 */
	private static Map<String, byte[]> scan(Path database, char[] password) throws Exception {
		Evaluation evaluation = withMembers();
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(database, "tester", password)) {
			store.add(evaluation, "sucura", false);
		}
		Map<String, byte[]> lookedFor = new LinkedHashMap<>();
		// Plain texts of the evaluation document (its BLOB is stored as written).
		for (String text : List.of("SUCURA-SCHEME-NAME", "Aminata Traore evaluation", "Mali Kolondieba")) {
			lookedFor.put(text, text.getBytes(StandardCharsets.UTF_8));
		}
		// Member ids and names travel deflated inside the registers' encoding, so the scan looks for
		// a stretch of that encoding: present in a plain store, it must be absent from an encrypted one.
		ByteArrayOutputStream encoded = new ByteArrayOutputStream();
		RegisterTablesCodec.write(evaluation.getRegisters().getTables(), encoded);
		byte[] registers = encoded.toByteArray();
		lookedFor.put("the encoded registers (member ids, names, birth dates)", Arrays.copyOfRange(registers, 16, 80));
		Map<String, byte[]> found = new LinkedHashMap<>();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(database)) {
			files = walk.filter(Files::isRegularFile).toList();
		}
		for (Map.Entry<String, byte[]> value : lookedFor.entrySet()) {
			found.put(value.getKey(), anyHolds(files, value.getValue()) ? value.getValue() : null);
		}
		return found;
	}

	private static boolean anyHolds(List<Path> files, byte[] wanted) throws IOException {
		for (Path file : files) {
			if (indexOf(Files.readAllBytes(file), wanted) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** An evaluation whose texts and register rows name people, as an imported one does. */
	static Evaluation withMembers() {
		Evaluation evaluation = StoreFixtures.evaluation("SUCURA-SCHEME-NAME", 2006, "C", 1);
		evaluation.setTitle("Aminata Traore evaluation");
		evaluation.getScheme().setName("SUCURA-SCHEME-NAME");
		evaluation.getScheme().setCountry("Mali Kolondieba");
		RegisterTables.Builder rows = RegisterTables.builder();
		String[] names = { "Traore Aminata", "Coulibaly Seydou", "Diarra Fatoumata", "Keita Moussa" };
		for (int i = 0; i < 400; i++) {
			String member = "SUC-M" + (10_000 + i) + " " + names[i % names.length];
			rows.add(ContractRow.of(member, LocalDate.of(2006, 1, 1), LocalDate.of(2006, 12, 31), new BigDecimal("1500")));
			rows.add(new BeneficiaryRow("SUC-B" + (20_000 + i), member, BeneficiaryRole.MEMBER,
					i % 2 == 0 ? Sex.FEMALE : Sex.MALE, LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28), null, null));
			rows.add(ClaimRow.of("SUC-C" + (30_000 + i), "SUC-B" + (20_000 + i), "CSCOM Kolondieba", "consultation",
					LocalDate.of(2006, 1 + i % 12, 1 + i % 28), ClaimStatus.AUTHORIZED, new BigDecimal("2500")));
		}
		Registers registers = ModelFactory.eINSTANCE.createRegisters();
		registers.setTables(rows.build());
		evaluation.setRegisters(registers);
		return evaluation;
	}
}
