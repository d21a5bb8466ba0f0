/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.store.EvaluationStore;
import org.hmis.eval.store.derby.DerbyEvaluationStore;
import org.hmis.eval.store.StoreLocation;

/**
 * {@code hmis-eval import}: reads an interchange folder or zip into the embedded store. The
 * evaluation is stored under the folder's name; an import with errors stores nothing.
 */
final class ImportCommand implements Command {

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		Path database = line.option("db").map(Path::of).orElse(StoreLocation.defaultDatabase());
		Optional<Evaluation> evaluation = Evaluations.open(line, err);
		if (evaluation.isEmpty()) {
			return EVALUATION_ERRORS;
		}
		String id = StoreLocation.idFor(line.evaluation());
		try (EvaluationStore store = DerbyEvaluationStore.open(database)) {
			store.save(id, evaluation.get());
		}
		out.println("imported " + id + " into " + database);
		return OK;
	}
}
