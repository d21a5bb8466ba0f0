/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;

import org.hmis.eval.interchange.EvaluationLoader;
import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.ImportProgress;
import org.hmis.eval.interchange.ImportResult;
import org.hmis.eval.model.Evaluation;

/** Opens the evaluation a command names, listing import problems on the error stream. */
final class Evaluations {

	private Evaluations() {
	}

	/** @return the evaluation, or empty after listing why it cannot be opened */
	static Optional<Evaluation> open(CommandLine line, PrintStream err) {
		try {
			ImportResult result = EvaluationLoader.load(line.evaluation(), progress(line, err));
			for (ImportProblem warning : result.warnings()) {
				err.println("warning: " + warning);
			}
			return Optional.of(result.evaluation());
		} catch (ImportException e) {
			for (ImportProblem problem : e.problems()) {
				err.println(problem);
			}
			return Optional.empty();
		} catch (IOException e) {
			String message = Failures.describe(e);
			String name = line.evaluation().getFileName() == null ? line.evaluation().toString()
					: line.evaluation().getFileName().toString();
			err.println(message.contains(name) ? message : line.evaluation() + ": " + message);
			return Optional.empty();
		}
	}

	/** Progress on standard error when asked for, or for long imports when it is a terminal. */
	private static ImportProgress progress(CommandLine line, PrintStream err) {
		if (line.flag("progress")) {
			return new ProgressPrinter(err, true);
		}
		return line.errIsTerminal() ? new ProgressPrinter(err, false) : ImportProgress.NONE;
	}
}
