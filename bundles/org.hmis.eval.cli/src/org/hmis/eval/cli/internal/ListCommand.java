/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.store.derby.DerbyEvaluationStore;

/**
 * {@code hmis-eval list}: the stored evaluations, one per line: scheme, years, saved at (UTC),
 * saved by, separated by tabs, "-" where the store does not know; or, with {@code --format json},
 * an array of objects with the same four members.
 */
final class ListCommand implements Command {

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		Path database = StoreOption.database(line);
		String format = line.choice("format", "text", Set.of("text", "json"));
		if (!Files.isDirectory(database)) {
			// Opening would create an empty store: a mistyped --db must not leave one behind.
			err.println("hmis-eval: there is no store in " + database.toAbsolutePath());
			return EVALUATION_ERRORS;
		}
		List<StoredEvaluation> evaluations;
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(database, System.getProperty("user.name"), StoreOption.password(database))) {
			evaluations = store.list();
		}
		Output.write(format.equals("json") ? json(evaluations) : text(evaluations), Optional.empty(), out);
		return OK;
	}

	private static String text(List<StoredEvaluation> evaluations) {
		StringBuilder text = new StringBuilder();
		for (StoredEvaluation evaluation : evaluations) {
			String years = evaluation.identity().yearsText();
			text.append(orDash(evaluation.schemeName())).append('\t').append(years.isEmpty() ? "-" : years).append('\t')
					.append(savedAt(evaluation.savedAt())).append('\t').append(orDash(evaluation.savedBy()))
					.append(System.lineSeparator());
		}
		return text.toString();
	}

	private static String json(List<StoredEvaluation> evaluations) {
		JsonWriter json = new JsonWriter().beginArray();
		for (StoredEvaluation evaluation : evaluations) {
			json.beginObject().name("scheme").value(evaluation.schemeName()).name("years").beginInlineArray();
			for (int year : evaluation.identity().years()) {
				json.value(year);
			}
			json.endArray().name("saved_at").value(savedAt(evaluation.savedAt())).name("saved_by")
					.value(evaluation.savedBy()).endObject();
		}
		return json.endArray() + System.lineSeparator();
	}

	/** @return the time in UTC to the second, "2026-12-02T16:20:05Z" */
	private static String savedAt(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "-" : text;
	}
}
