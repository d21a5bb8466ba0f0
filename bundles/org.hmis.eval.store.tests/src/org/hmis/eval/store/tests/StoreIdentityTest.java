/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.tests;

import static org.hmis.eval.store.tests.StoreFixtures.evaluation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.store.EvaluationExistsException;
import org.hmis.eval.store.EvaluationIdentity;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.store.derby.DerbyEvaluationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An evaluation is its scheme and years: imports never replace another one, nor the same one unasked. */
class StoreIdentityTest {

	@TempDir
	Path folder;

	@Test
	void importOfAnotherSchemeUnderTheSameFolderNameKeepsBoth() throws StoreException {
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(folder.resolve("store"))) {
			assertEquals("data", store.add(evaluation("VIMO", 2006, "C", 1), "data", false));
			assertEquals("data-2", store.add(evaluation("Sucura", 2006, "C", 2), "data", false));
			assertEquals("VIMO", store.load("data").getScheme().getName());
			assertEquals("Sucura", store.load("data-2").getScheme().getName());
		}
	}

	@Test
	void importOfTheSameSchemeAndYearsIsRefusedUnlessReplacing() throws StoreException {
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(folder.resolve("store"), "alice")) {
			store.add(evaluation("VIMO", 2006, "C", 1), "vimo", false);
			EvaluationExistsException refused = assertThrows(EvaluationExistsException.class,
					() -> store.add(evaluation("VIMO", 2006, "C", 2), "vimo-copy", false));
			assertEquals("vimo", refused.existing().id());
			assertTrue(refused.getMessage().contains("VIMO 2006 (stored as vimo)"), refused.getMessage());
			assertTrue(refused.getMessage().contains("by alice"), refused.getMessage());
			assertEquals(1, store.list().size(), "nothing written");
			assertEquals(1, amount(store.load("vimo")));

			assertEquals("vimo", store.add(evaluation("VIMO", 2006, "C", 2), "vimo-copy", true));
			assertEquals(1, store.list().size());
			assertEquals(2, amount(store.load("vimo")));
		}
	}

	@Test
	void otherYearsOfTheSameSchemeAreAnotherEvaluation() throws StoreException {
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(folder.resolve("store"))) {
			store.add(evaluation("VIMO", 2006, "C", 1), "vimo", false);
			Evaluation twoYears = evaluation("VIMO", 2006, "C", 1);
			AccountingYear earlier = ModelFactory.eINSTANCE.createAccountingYear();
			earlier.setYear(2005);
			twoYears.getYears().add(earlier);
			assertEquals("vimo-2", store.add(twoYears, "vimo", false));
			assertEquals(List.of(2005, 2006), store.find(new EvaluationIdentity("VIMO", List.of(2006, 2005)))
					.orElseThrow().identity().years());
		}
	}

	@Test
	void failedReplacementKeepsTheOldVersion() throws StoreException {
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(folder.resolve("store"))) {
			store.add(evaluation("VIMO", 2006, "C", 1), "vimo", false);
			Evaluation tooLong = evaluation("VIMO", 2006, "C", 2);
			tooLong.setTitle("t".repeat(1000));
			assertThrows(StoreException.class, () -> store.add(tooLong, "vimo", true));
			assertEquals(1, amount(store.load("vimo")));
		}
	}

	@Test
	void listCarriesTheColumnsOneFiltersOn() throws StoreException {
		Instant before = Instant.now().minusSeconds(1);
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(folder.resolve("store"), "bob")) {
			Evaluation vimo = evaluation("VIMO", 2006, "C", 1);
			vimo.getScheme().setCountry("India");
			store.add(vimo, "vimo", false);
			StoredEvaluation listed = store.list().get(0);
			assertEquals("VIMO", listed.schemeName());
			assertEquals("India", listed.country());
			assertEquals(List.of(2006), listed.identity().years());
			assertEquals("bob", listed.savedBy());
			assertNull(listed.evaluator(), "the model has no evaluator yet");
			assertTrue(!listed.savedAt().isBefore(before), listed.savedAt().toString());
		}
	}

	@Test
	void yearsReadAsPeopleWriteThem() {
		assertEquals("2006", new EvaluationIdentity("X", List.of(2006)).yearsText());
		assertEquals("2004-2006", new EvaluationIdentity("X", List.of(2006, 2004, 2005)).yearsText());
		assertEquals("2004, 2006", new EvaluationIdentity("X", List.of(2006, 2004)).yearsText());
		assertEquals(new EvaluationIdentity("X", List.of(2004, 2006)), EvaluationIdentity.parse(" X ", "2006,2004"));
	}

	private static long amount(Evaluation evaluation) {
		return evaluation.getYears().get(0).getAccountLines().get(0).getAmount().longValueExact();
	}
}
