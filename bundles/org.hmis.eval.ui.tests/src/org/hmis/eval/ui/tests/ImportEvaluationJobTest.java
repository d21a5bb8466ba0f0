/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.store.ImportEvaluationJob;
import org.hmis.eval.ui.store.WorkbenchStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's import: a job that stores a folder, or refuses it whole with file:line reasons. */
class ImportEvaluationJobTest {

	@TempDir
	Path folder;

	@Test
	void importedFolderIsStoredUnderItsNameWithoutOverwriting() throws Exception {
		// The store outlives a test run: a name of its own keeps the expected ids independent of it.
		String name = "mutuelle" + System.nanoTime();
		Path scheme = folder.resolve(name);
		Files.createDirectories(scheme);
		Path vimo = Path.of(System.getProperty("hmis.examples"), "vimo");
		Files.copy(vimo.resolve("accounts.csv"), scheme.resolve("accounts.csv"));
		Files.writeString(scheme.resolve("scheme.csv"), "key,value\nname,Mutuelle de test\ncurrency,FCFA\n");

		ImportEvaluationJob first = TestJobs.run(new ImportEvaluationJob(scheme));
		ImportEvaluationJob second = TestJobs.run(new ImportEvaluationJob(scheme));

		assertTrue(first.getResult().isOK(), first.getResult().toString());
		assertEquals(name, first.importedId());
		assertEquals(name + "-2", second.importedId());
		assertEquals("Mutuelle de test", WorkbenchStore.get().load(name).getScheme().getName());
		WorkbenchStore.get().delete(first.importedId());
		WorkbenchStore.get().delete(second.importedId());
	}

	@Test
	void rejectedFolderListsEveryProblemAndLeavesTheStoreAsItWas() throws Exception {
		Path broken = folder.resolve("broken");
		Files.createDirectories(broken);
		Files.writeString(broken.resolve("accounts.csv"), "year,line,amount\n2006,A,abc\n2006,ZZ,1\n");
		List<StoredEvaluation> before = WorkbenchStore.get().list();

		ImportEvaluationJob job = TestJobs.run(new ImportEvaluationJob(broken));

		assertEquals(IStatus.ERROR, job.getResult().getSeverity());
		List<String> problems = Arrays.stream(job.getResult().getChildren()).map(IStatus::getMessage).toList();
		assertEquals(List.of("accounts.csv:2:3: amount is not a number: 'abc'", "accounts.csv:3:2: unknown account line 'ZZ'"),
				problems);
		assertEquals(before.stream().map(StoredEvaluation::id).toList(),
				WorkbenchStore.get().list().stream().map(StoredEvaluation::id).toList());
	}

}
