/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.io.EvaluationXmi;
import org.hmis.eval.model.io.InterruptedWrites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a killed write left beside its target goes at the next write of that target: only the
 * temporary names of that target, only files from before this run.
 */
class InterruptedWritesTest {

	@TempDir
	Path folder;

	@Test
	void savingADocumentRemovesWhatAnInterruptedSaveOfItLeft() throws Exception {
		Path document = folder.resolve("vimo.hmis");
		Path leftover = old(folder.resolve(".vimo.hmis8123456789.tmp"));
		Path registersLeftover = old(folder.resolve(".vimo.hmis77.registers.tmp"));
		Path ofAnotherTarget = old(folder.resolve(".vimo.hmis-copy5.tmp"));
		Path notATemporaryName = old(folder.resolve(".vimo.hmis.tmp"));
		Path fromThisRun = Files.writeString(folder.resolve(".vimo.hmis99.tmp"), "being written");

		Evaluation evaluation = ModelFactory.eINSTANCE.createEvaluation();
		evaluation.setTitle("VIMO 2006");
		EvaluationXmi.save(evaluation, document);

		assertFalse(Files.exists(leftover));
		assertFalse(Files.exists(registersLeftover));
		for (Path kept : List.of(ofAnotherTarget, notATemporaryName, fromThisRun)) {
			assertTrue(Files.exists(kept), kept + " is not a leftover of vimo.hmis");
		}
		assertEquals("VIMO 2006", EvaluationXmi.load(document).getTitle());
	}

	@Test
	void aTargetInAMissingFolderHasNoLeftovers() {
		assertEquals(List.of(), InterruptedWrites.removeLeftovers(folder.resolve("missing/out.pdf")));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(0, files.count(), "nothing created");
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}

	private static Path old(Path file) throws Exception {
		Files.writeString(file, "half written");
		Files.setLastModifiedTime(file, FileTime.fromMillis(0));
		return file;
	}
}
