/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.report.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.IndicatorServices;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.report.ReportFormat;
import org.hmis.eval.report.SummaryContent;
import org.hmis.eval.report.SummaryReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Renders the evaluation summary with the real BIRT engine inside OSGi and reads the output back. */
class SummaryReportTest {

	private static SummaryContent vimo;

	@BeforeAll
	static void computeVimo() throws Exception {
		Evaluation evaluation = InterchangeImporter
				.importFolder(Path.of(System.getProperty("hmis.examples"), "vimo")).evaluation();
		List<IndicatorResult> results = IndicatorServices.registry()
				.computeAll(new ComputationContext(evaluation, 2006));
		vimo = new SummaryContent(evaluation.getScheme().getName(), 2006, evaluation.getScheme().getCurrency(),
				results);
	}

	@Test
	void pdfShowsTheSchemeAndItsClaimsRatio() throws Exception {
		Path pdf = output("vimo-summary-en.pdf");
		SummaryReport.render(vimo, ReportFormat.PDF, Locale.ENGLISH, pdf);
		String text = pdfText(pdf);
		assertTrue(text.contains("VIMO"), "scheme name missing from: " + text);
		assertTrue(text.contains("75"), "F.5 = 75 % missing from: " + text);
		assertTrue(text.contains("Claims ratio"), text);
	}

	@Test
	void frenchPdfUsesFrenchLabels() throws Exception {
		Path pdf = output("vimo-summary-fr.pdf");
		SummaryReport.render(vimo, ReportFormat.PDF, Locale.FRENCH, pdf);
		String text = pdfText(pdf);
		assertTrue(text.contains("Indicateur"), text);
		assertTrue(text.contains("75,0"), "French decimal comma expected in: " + text);
	}

	@Test
	void htmlCarriesTheSameContent() throws Exception {
		Path html = output("vimo-summary-en.html");
		SummaryReport.render(vimo, ReportFormat.HTML, Locale.ENGLISH, html);
		String text = Files.readString(html, StandardCharsets.UTF_8);
		assertTrue(text.contains("VIMO") && text.contains("75.0 %"), text);
	}

	static Path output(String name) throws IOException {
		Path folder = Path.of(System.getProperty("hmis.testOutput"), "reports");
		Files.createDirectories(folder);
		return folder.resolve(name);
	}

	static String pdfText(Path pdf) throws IOException {
		PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		} finally {
			reader.close();
		}
	}
}
