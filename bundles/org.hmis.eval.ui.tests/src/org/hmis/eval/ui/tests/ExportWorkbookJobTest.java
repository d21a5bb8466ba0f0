/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
		ExportWorkbookJob export = TestJobs.run(new ExportWorkbookJob(stored, xlsx));
		assertTrue(export.getResult().isOK(), export.getResult().toString());

		// The workbook holds the same scheme and years: importing it back replaces the stored one, if asked.
		var original = WorkbenchStore.get().load(imported.importedId()).getYears();
		List<String> asked = new ArrayList<>();
		ImportEvaluationJob back = TestJobs.run(new ImportEvaluationJob(xlsx, existing -> asked.add(existing.id())));
		assertTrue(back.getResult().isOK(), back.getResult().toString());
		assertEquals(List.of(imported.importedId()), asked);
		assertEquals(imported.importedId(), back.importedId());
		assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(original, WorkbenchStore.get().load(back.importedId()).getYears()));

		ExportWorkbookJob template = TestJobs.run(new ExportWorkbookJob(null, folder.resolve("template.xlsx")));
		assertTrue(template.getResult().isOK(), template.getResult().toString());
		WorkbenchStore.get().delete(imported.importedId());
	}

}
