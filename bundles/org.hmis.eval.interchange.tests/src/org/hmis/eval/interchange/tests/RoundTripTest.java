/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hmis.eval.interchange.InterchangeExporter;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.io.EvaluationXmi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each example imported from its folder, saved as XMI, reloaded, exported to a folder and imported
 * again: the model is the same at every step.
 */
class RoundTripTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "vimo", "sucura" })
	void exampleSurvivesXmiAndInterchangeRoundTrips(String example) throws Exception {
		Evaluation imported = InterchangeImporter.importFolder(InterchangeImporterTest.example(example)).evaluation();
		Path xmi = folder.resolve(example + ".hmis");
		EvaluationXmi.save(imported, xmi);
		Evaluation reloaded = EvaluationXmi.load(xmi);
		assertTrue(EcoreUtil.equals(imported, reloaded), "XMI round trip of " + example);

		Path exported = folder.resolve("exported-" + example);
		InterchangeExporter.exportFolder(reloaded, exported);
		Evaluation reimported = InterchangeImporter.importFolder(exported).evaluation();
		assertTrue(EcoreUtil.equals(imported, reimported), "interchange round trip of " + example);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sucura" })
	void exportWritesOnlyFilesWithContentAndReplacesAnEarlierExport(String example) throws Exception {
		Evaluation imported = InterchangeImporter.importFolder(InterchangeImporterTest.example(example)).evaluation();
		Path exported = folder.resolve("out");
		Files.createDirectories(exported);
		Files.writeString(exported.resolve("stale.csv"), "left from an earlier export");
		InterchangeExporter.exportFolder(imported, exported);
		try (var files = Files.list(exported);
				var given = Files.list(InterchangeImporterTest.example(example))) {
			assertEquals(given.map(file -> file.getFileName().toString()).sorted().toList(),
					files.map(file -> file.getFileName().toString()).sorted().toList(),
					"the example's own files, and the stale one gone");
		}
		try (var siblings = Files.list(folder)) {
			assertEquals(List.of("out"), siblings.map(file -> file.getFileName().toString()).toList(),
					"no staging folder is left behind");
		}
	}
}
