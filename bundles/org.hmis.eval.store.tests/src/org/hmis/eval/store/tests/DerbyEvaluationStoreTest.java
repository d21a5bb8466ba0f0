/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.store.derby.DerbyEvaluationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Derby store, on a real database in a temporary folder. */
class DerbyEvaluationStoreTest {

	@TempDir
	Path folder;

	@Test
	void evaluationReadAfterReopeningTheDatabaseEqualsWhatWasSaved() throws StoreException {
		Path database = folder.resolve("store");
		Evaluation saved = evaluation("VIMO", 2006, "C", 1_200_000);
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(database)) {
			store.save("vimo", saved);
		}
		try (DerbyEvaluationStore reopened = DerbyEvaluationStore.open(database)) {
			Evaluation loaded = reopened.load("vimo");
			assertTrue(EcoreUtil.equals(saved, loaded), "loaded evaluation differs from the saved one");
			assertEquals(0, new BigDecimal("1200000")
					.compareTo(loaded.getYears().get(0).getAccountLines().get(0).getAmount()));
			List<StoredEvaluation> listed = reopened.list();
			assertEquals(1, listed.size());
			assertEquals("VIMO", listed.get(0).schemeName());
		}
	}

	@Test
	void failedSaveLeavesThePreviousVersionInPlace() throws StoreException {
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(folder.resolve("store"))) {
			store.save("x", evaluation("First", 2006, "A", 1));
			Evaluation tooLong = evaluation("Second", 2006, "A", 2);
			tooLong.setTitle("t".repeat(1000));
			assertThrows(StoreException.class, () -> store.save("x", tooLong));
			assertEquals("First", store.load("x").getScheme().getName());
		}
	}

	@Test
	void saveReplacesAndDeleteRemoves() throws StoreException {
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(folder.resolve("store"))) {
			store.save("x", evaluation("First", 2006, "A", 1));
			store.save("x", evaluation("Second", 2006, "A", 2));
			assertEquals("Second", store.load("x").getScheme().getName());
			assertEquals(1, store.list().size());
			store.delete("x");
			assertFalse(store.contains("x"));
			assertThrows(StoreException.class, () -> store.load("x"));
		}
	}

	private static Evaluation evaluation(String scheme, int year, String line, long amount) {
		ModelFactory factory = ModelFactory.eINSTANCE;
		Evaluation evaluation = factory.createEvaluation();
		evaluation.setTitle(scheme + " " + year);
		evaluation.setScheme(factory.createScheme());
		evaluation.getScheme().setName(scheme);
		AccountingYear accountingYear = factory.createAccountingYear();
		accountingYear.setYear(year);
		AccountLine accountLine = factory.createAccountLine();
		accountLine.setCode(line);
		accountLine.setAmount(BigDecimal.valueOf(amount));
		accountingYear.getAccountLines().add(accountLine);
		evaluation.getYears().add(accountingYear);
		return evaluation;
	}
}
