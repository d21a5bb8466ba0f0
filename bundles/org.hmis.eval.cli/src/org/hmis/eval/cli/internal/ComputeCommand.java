/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.PrintStream;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorServices;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.sheets.MembershipFigures;

/** {@code hmis-eval compute}: every installed indicator for year N, as JSON, CSV or text. */
final class ComputeCommand implements Command {

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		int year = line.year();
		String format = line.choice("format", "text", Set.of("json", "csv", "text"));
		Optional<Evaluation> evaluation = Evaluations.open(line, err);
		if (evaluation.isEmpty()) {
			return EVALUATION_ERRORS;
		}
		ComputedEvaluation computed = compute(evaluation.get(), year);
		String text = switch (format) {
		case "json" -> ResultsJson.of(computed);
		case "csv" -> ResultsCsv.of(computed);
		default -> ResultsText.of(computed);
		};
		Output.write(text, line.option("out"), out);
		return OK;
	}

	static ComputedEvaluation compute(Evaluation evaluation, int year) {
		Scheme scheme = evaluation.getScheme();
		return new ComputedEvaluation(scheme != null ? scheme.getName() : null, year,
				scheme != null ? scheme.getCurrency() : null,
				IndicatorServices.registry().computeAll(new ComputationContext(evaluation, year)),
				new MembershipFigures(evaluation).sheets(year));
	}
}
