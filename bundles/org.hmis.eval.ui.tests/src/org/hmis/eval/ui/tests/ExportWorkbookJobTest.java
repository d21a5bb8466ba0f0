/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hmis.eval.interchange.PseudonymKey;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.store.ExportWorkbookJob;
import org.hmis.eval.ui.store.ImportEvaluationJob;
import org.hmis.eval.ui.store.WorkbenchStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's workbook commands: a stored evaluation written as XLSX and read back into the store. */
class ExportWorkbookJobTest {

	@TempDir
	Path folder;

	@Test
	void storedEvaluationGoesOutAsAWorkbookAndComesBackEqual() throws Exception {
		String name = "workbook" + System.nanoTime();
		ImportEvaluationJob imported = TestJobs.importExample("vimo");
		assertTrue(imported.getResult().isOK(), imported.getResult().toString());
		StoredEvaluation stored = WorkbenchStore.get().list().stream()
				.filter(candidate -> candidate.id().equals(imported.importedId())).findFirst().orElseThrow();
		Path xlsx = folder.resolve(name + ".xlsx");
		ExportWorkbookJob export = TestJobs.run(new ExportWorkbookJob(stored, xlsx, false));
		assertTrue(export.getResult().isOK(), export.getResult().toString());

		// The workbook holds the same scheme and years: importing it back replaces the stored one, if asked.
		var original = WorkbenchStore.get().load(imported.importedId()).getYears();
		List<String> asked = new ArrayList<>();
		ImportEvaluationJob back = TestJobs.run(new ImportEvaluationJob(xlsx, existing -> asked.add(existing.id())));
		assertTrue(back.getResult().isOK(), back.getResult().toString());
		assertEquals(List.of(imported.importedId()), asked);
		assertEquals(imported.importedId(), back.importedId());
		assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(original, WorkbenchStore.get().load(back.importedId()).getYears()));

		// With pseudonyms: the key made on first use where the property says, not in the tester's home.
		Path keyFile = folder.resolve("pseudonym.key");
		System.setProperty(PseudonymKey.FILE_PROPERTY, keyFile.toString());
		try {
			ExportWorkbookJob pseudonymised = TestJobs.run(new ExportWorkbookJob(stored,
					folder.resolve(name + "-pseudonymised.xlsx"), true));
			assertTrue(pseudonymised.getResult().isOK(), pseudonymised.getResult().toString());
			assertTrue(Files.exists(keyFile), "the pseudonym key made on first use");
		} finally {
			System.clearProperty(PseudonymKey.FILE_PROPERTY);
		}

		ExportWorkbookJob template = TestJobs.run(new ExportWorkbookJob(null, folder.resolve("template.xlsx"), false));
		assertTrue(template.getResult().isOK(), template.getResult().toString());
		WorkbenchStore.get().delete(imported.importedId());
	}

}
