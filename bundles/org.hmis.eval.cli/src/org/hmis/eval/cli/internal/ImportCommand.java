/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.store.EvaluationExistsException;
import org.hmis.eval.store.EvaluationIdentity;
import org.hmis.eval.store.EvaluationStore;
import org.hmis.eval.store.StoreLocation;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.store.derby.DerbyEvaluationStore;

/**
 * {@code hmis-eval import}: reads an interchange folder or zip into the embedded store. An
 * evaluation is its scheme and years: one already stored is replaced only with {@code --replace},
 * in the same transaction that writes the new one. A new evaluation is stored under the folder's
 * name (with "-2"... when another evaluation has that name). An import with errors stores nothing.
 */
final class ImportCommand implements Command {

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		Path database = StoreOption.database(line);
		String user = user(line);
		boolean replace = line.flag("replace");
		Optional<Evaluation> evaluation = Evaluations.open(line, err);
		if (evaluation.isEmpty()) {
			return EVALUATION_ERRORS;
		}
		EvaluationIdentity identity = EvaluationIdentity.of(evaluation.get());
		try (EvaluationStore store = DerbyEvaluationStore.open(database, user, StoreOption.password(database))) {
			Optional<StoredEvaluation> previous = replace ? store.find(identity) : Optional.empty();
			String id = store.add(evaluation.get(), StoreLocation.idFor(line.evaluation()), replace);
			out.println("imported " + identity + " as " + id + " into " + database
					+ previous.map(old -> " (replacing the version saved " + old.savedAt().truncatedTo(ChronoUnit.SECONDS)
							+ ")").orElse(""));
			return OK;
		} catch (EvaluationExistsException e) {
			err.println("hmis-eval: " + e.getMessage() + "; nothing imported (give --replace to replace it)");
			return EVALUATION_ERRORS;
		}
	}

	/** @return {@code --user}, else the operating system's user name */
	private static String user(CommandLine line) throws UsageException {
		Optional<String> given = line.option("user");
		if (given.isPresent() && given.get().isBlank()) {
			throw new UsageException("--user needs a name");
		}
		return given.map(String::strip).orElse(System.getProperty("user.name"));
	}
}
