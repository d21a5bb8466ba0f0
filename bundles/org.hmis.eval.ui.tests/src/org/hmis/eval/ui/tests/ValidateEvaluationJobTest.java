/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IStatus;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.store.EvaluationProblems;
import org.hmis.eval.ui.store.ValidateEvaluationJob;
import org.hmis.eval.ui.store.WorkbenchStore;
import org.junit.jupiter.api.Test;

/** Validate: problems of a stored evaluation become markers shown in the Problems view. */
class ValidateEvaluationJobTest {

	@Test
	void problemsBecomeMarkersAndAValidEvaluationClearsThem() throws Exception {
		String id = "invalid" + System.nanoTime();
		Evaluation noScheme = ModelFactory.eINSTANCE.createEvaluation();
		noScheme.setTitle("Evaluation without a scheme");
		WorkbenchStore.get().save(id, noScheme);
		StoredEvaluation stored = WorkbenchStore.get().list().stream().filter(e -> e.id().equals(id)).findFirst()
				.orElseThrow();
		try {
			run(new ValidateEvaluationJob(stored));
			List<IMarker> markers = EvaluationProblems.of(id);
			assertFalse(markers.isEmpty(), "a missing scheme is a problem");
			IMarker marker = markers.get(0);
			assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
			assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("scheme"), marker.getAttribute(IMarker.MESSAGE, ""));
			assertEquals("Evaluation without a scheme", marker.getAttribute(IMarker.LOCATION, ""));

			noScheme.setScheme(ModelFactory.eINSTANCE.createScheme());
			noScheme.getScheme().setName("Fixed");
			WorkbenchStore.get().save(id, noScheme);
			run(new ValidateEvaluationJob(stored));
			assertTrue(EvaluationProblems.of(id).isEmpty(), "markers of a fixed evaluation are removed");
		} finally {
			WorkbenchStore.get().delete(id);
		}
	}

	private static void run(ValidateEvaluationJob job) throws InterruptedException {
		job.setUser(false);
		job.schedule();
		job.join();
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
	}
}
