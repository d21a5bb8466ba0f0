/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.store.ImportEvaluationJob;
import org.hmis.eval.ui.store.ReplaceQuestion;
import org.hmis.eval.ui.store.WorkbenchStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's import: a job that stores a folder, or refuses it whole with file:line reasons. */
class ImportEvaluationJobTest {

	@TempDir
	Path folder;

	@Test
	void sameSchemeAndYearsReplaceTheStoredOneOnlyWhenTheUserSaysSo() throws Exception {
		// The store outlives a test run: a name of its own keeps the expected ids independent of it.
		String name = "mutuelle" + System.nanoTime();
		Path scheme = folder.resolve(name);
		Files.createDirectories(scheme);
		Path vimo = Path.of(System.getProperty("hmis.examples"), "vimo");
		Files.copy(vimo.resolve("accounts.csv"), scheme.resolve("accounts.csv"));
		Files.writeString(scheme.resolve("scheme.csv"), "key,value\nname,Mutuelle " + name + "\ncurrency,FCFA\n");
		ImportEvaluationJob first = TestJobs.run(new ImportEvaluationJob(scheme, ReplaceQuestion.NEVER));
		assertTrue(first.getResult().isOK(), first.getResult().toString());
		assertEquals(name, first.importedId());

		Files.writeString(scheme.resolve("scheme.csv"), "key,value\nname,Mutuelle " + name + "\ncurrency,XOF\n");
		List<StoredEvaluation> asked = new ArrayList<>();
		ImportEvaluationJob declined = TestJobs.run(new ImportEvaluationJob(scheme, existing -> asked.add(existing) && false));
		assertEquals(IStatus.CANCEL, declined.getResult().getSeverity());
		assertEquals(null, declined.importedId());
		assertEquals(List.of(name), asked.stream().map(StoredEvaluation::id).toList());
		assertEquals("FCFA", WorkbenchStore.get().load(name).getScheme().getCurrency(), "the stored one is kept");

		ImportEvaluationJob replaced = TestJobs.run(new ImportEvaluationJob(scheme, existing -> true));
		assertTrue(replaced.getResult().isOK(), replaced.getResult().toString());
		assertEquals(name, replaced.importedId());
		assertEquals("XOF", WorkbenchStore.get().load(name).getScheme().getCurrency());
		assertEquals(1, WorkbenchStore.get().list().stream().filter(e -> e.id().startsWith(name)).count());
		WorkbenchStore.get().delete(name);
	}

	@Test
	void rejectedFolderListsEveryProblemAndLeavesTheStoreAsItWas() throws Exception {
		Path broken = folder.resolve("broken");
		Files.createDirectories(broken);
		Files.writeString(broken.resolve("accounts.csv"), "year,line,amount\n2006,A,abc\n2006,ZZ,1\n");
		List<StoredEvaluation> before = WorkbenchStore.get().list();

		ImportEvaluationJob job = TestJobs.run(new ImportEvaluationJob(broken, ReplaceQuestion.NEVER));

		assertEquals(IStatus.ERROR, job.getResult().getSeverity());
		List<String> problems = Arrays.stream(job.getResult().getChildren()).map(IStatus::getMessage).toList();
		assertEquals(List.of("accounts.csv:2:3: amount is not a number: 'abc'", "accounts.csv:3:2: unknown account line 'ZZ'"),
				problems);
		assertEquals(before.stream().map(StoredEvaluation::id).toList(),
				WorkbenchStore.get().list().stream().map(StoredEvaluation::id).toList());
	}

}
