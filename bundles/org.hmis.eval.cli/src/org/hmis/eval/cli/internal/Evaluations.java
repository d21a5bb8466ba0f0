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
import org.hmis.eval.interchange.ImportResult;
import org.hmis.eval.model.Evaluation;

/** Opens the evaluation a command names, listing import problems on the error stream. */
final class Evaluations {

	private Evaluations() {
	}

	/** @return the evaluation, or empty after listing why it cannot be opened */
	static Optional<Evaluation> open(CommandLine line, PrintStream err) {
		try {
			ImportResult result = EvaluationLoader.load(line.evaluation());
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
			err.println(line.evaluation() + ": " + e.getMessage());
			return Optional.empty();
		}
	}
}
