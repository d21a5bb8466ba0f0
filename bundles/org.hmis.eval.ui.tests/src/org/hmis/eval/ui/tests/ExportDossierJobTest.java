/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IStatus;
import org.hmis.eval.report.ReportFormat;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.store.ExportDossierJob;
import org.hmis.eval.ui.store.WorkbenchStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export Dossier from the workbench: a job that renders the stored evaluation with BIRT. */
class ExportDossierJobTest {

	@TempDir
	Path folder;

	@Test
	void vimoDossierIsWrittenAsPdf() throws Exception {
		StoredEvaluation vimo = WorkbenchStore.get().list().stream().filter(e -> "VIMO".equals(e.schemeName()))
				.findFirst().orElseThrow();
		Path target = folder.resolve("vimo-dossier.pdf");
		ExportDossierJob job = new ExportDossierJob(vimo, target, ReportFormat.PDF, Locale.FRENCH);
		job.setUser(false);
		job.schedule();
		job.join();
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
		byte[] pdf = Files.readAllBytes(target);
		assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
		try (var files = Files.list(folder)) {
			assertFalse(files.anyMatch(file -> file.getFileName().toString().endsWith(".tmp")),
					"no temporary file is left behind");
		}
	}
}
