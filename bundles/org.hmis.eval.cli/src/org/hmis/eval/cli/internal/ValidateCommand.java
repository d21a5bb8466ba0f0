/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.validation.EvaluationValidation;

/**
 * {@code hmis-eval validate}: one problem per line on standard output ("error: ..." or
 * "warning: ..."); exit code 1 when there is an error, rows refused by the import included.
 */
final class ValidateCommand implements Command {

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) {
		Optional<Evaluation> evaluation = Evaluations.open(line, err);
		if (evaluation.isEmpty()) {
			return EVALUATION_ERRORS;
		}
		List<Diagnostic> problems = EvaluationValidation.problems(evaluation.get());
		boolean errors = false;
		for (Diagnostic problem : problems) {
			boolean error = problem.getSeverity() >= Diagnostic.ERROR;
			errors |= error;
			out.println((error ? "error: " : "warning: ") + problem.getMessage());
		}
		return errors ? EVALUATION_ERRORS : OK;
	}
}
