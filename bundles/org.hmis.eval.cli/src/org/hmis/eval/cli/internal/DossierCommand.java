/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.report.DossierContent;
import org.hmis.eval.report.DossierReport;
import org.hmis.eval.report.ReportFormat;

/**
 * {@code hmis-eval dossier}: renders the evaluation dossier (profile, Tables 1 and 2, hidden costs,
 * indicators) with BIRT, in PDF, HTML or DOCX, English or French.
 */
final class DossierCommand implements Command {

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		int year = line.year();
		Locale locale = Locale.forLanguageTag(line.choice("lang", "en", Set.of("en", "fr")));
		ReportFormat format = ReportFormat.named(line.choice("format", "pdf", Set.of("pdf", "html", "docx")))
				.orElseThrow();
		Path target = Path.of(line.option("out").orElseThrow(() -> new UsageException("dossier needs --out FILE")));
		Optional<Evaluation> evaluation = Evaluations.open(line, err);
		if (evaluation.isEmpty()) {
			return EVALUATION_ERRORS;
		}
		ComputedEvaluation computed = ComputeCommand.compute(evaluation.get(), year);
		DossierReport.render(new DossierContent(evaluation.get(), year, computed.results()), format, locale, target);
		return OK;
	}
}
