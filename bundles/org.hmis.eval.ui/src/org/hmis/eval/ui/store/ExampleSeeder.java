/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.store;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.hmis.eval.examples.ExampleEvaluations;
import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.store.EvaluationStore;
import org.hmis.eval.store.StoreException;

/** Puts the guide's worked examples into an empty store. */
final class ExampleSeeder {

	private ExampleSeeder() {
	}

	static void seedIfEmpty(EvaluationStore store) throws StoreException {
		if (!store.list().isEmpty()) {
			return;
		}
		for (String id : ExampleEvaluations.available()) {
			try {
				store.save(id, ExampleEvaluations.load(id));
			} catch (IOException | ImportException e) {
				// A broken example must not keep the workbench from starting; it is logged instead.
				ILog.of(ExampleSeeder.class).log(Status.error("cannot add example " + id + ": " + e.getMessage(), e));
			}
		}
		ILog.of(ExampleSeeder.class).log(new Status(IStatus.INFO, "org.hmis.eval.ui",
				"worked examples added to a new store: " + ExampleEvaluations.available()));
	}
}
