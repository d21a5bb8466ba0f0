/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorServices;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.report.DossierContent;
import org.hmis.eval.report.DossierReport;
import org.hmis.eval.report.ReportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The full evaluation dossier of the VIMO example, rendered by BIRT in each format and language. */
class DossierReportTest {

	private static DossierContent vimo;

	@BeforeAll
	static void computeVimo() throws Exception {
		Evaluation evaluation = InterchangeImporter
				.importFolder(Path.of(System.getProperty("hmis.examples"), "vimo")).evaluation();
		vimo = new DossierContent(evaluation, 2006,
				IndicatorServices.registry().computeAll(new ComputationContext(evaluation, 2006)));
	}

	@Test
	void englishPdfHasEverySectionWithTheGuidesFigures() throws Exception {
		Path pdf = SummaryReportTest.output("vimo-dossier-en.pdf");
		DossierReport.render(vimo, ReportFormat.PDF, Locale.ENGLISH, pdf);
		String text = SummaryReportTest.pdfText(pdf);
		for (String expected : new String[] { "VIMO: evaluation dossier, accounting year 2006", "Amounts in Rs",
				"Income statement (Table 1)", "Earned premiums (C = A - B)", "1,200,000", "Total expenses",
				"1,265,000", "Balance sheet (Table 2)", "790,000", "third-party payment", "Hidden costs",
				"Three training sessions", "100,000", "Claims ratio", "75.0 %" }) {
			assertTrue(text.contains(expected), "'" + expected + "' missing from: " + text);
		}
	}

	/** The region prints on A4; every page names the dossier and says which page of how many it is. */
	@Test
	void pdfPagesAreA4NumberedAndHeaded() throws Exception {
		Path pdf = SummaryReportTest.output("vimo-dossier-en.pdf");
		DossierReport.render(vimo, ReportFormat.PDF, Locale.ENGLISH, pdf);
		org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(Files.readAllBytes(pdf));
		try {
			int pages = reader.getNumberOfPages();
			assertTrue(pages > 1, "pages: " + pages);
			org.openpdf.text.pdf.parser.PdfTextExtractor extractor = new org.openpdf.text.pdf.parser.PdfTextExtractor(reader);
			for (int page = 1; page <= pages; page++) {
				org.openpdf.text.Rectangle size = reader.getPageSizeWithRotation(page);
				// A4 landscape: 842 x 595 points.
				assertTrue(Math.abs(size.getWidth() - 842) < 1 && Math.abs(size.getHeight() - 595) < 1,
						"page " + page + " is " + size.getWidth() + " x " + size.getHeight());
				String text = extractor.getTextFromPage(page);
				assertTrue(text.contains(page + " / " + pages), "page " + page + " has no number: " + text);
				assertTrue(text.contains("VIMO: evaluation dossier"), "page " + page + " has no header");
			}
		} finally {
			reader.close();
		}
	}

	@Test
	void frenchPdfUsesFrenchLabelsAndNumbers() throws Exception {
		Path pdf = SummaryReportTest.output("vimo-dossier-fr.pdf");
		DossierReport.render(vimo, ReportFormat.PDF, Locale.FRENCH, pdf);
		String text = SummaryReportTest.pdfText(pdf);
		for (String expected : new String[] { "dossier d'\u00e9valuation", "Compte de r\u00e9sultat (tableau 1)",
				"Cotisations acquises", "tiers payant", "Ratio de sinistralit\u00e9", "75,0 %" }) {
			assertTrue(text.contains(expected), "'" + expected + "' missing from: " + text);
		}
	}

	/** The inputs' sources and the reasons an indicator has no value follow the dossier's language. */
	@Test
	void frenchDossierNamesSourcesAndReasonsInFrench() throws Exception {
		Path french = SummaryReportTest.output("vimo-dossier-fr.html");
		DossierReport.render(vimo, ReportFormat.HTML, Locale.FRENCH, french);
		String page = Files.readString(french, StandardCharsets.UTF_8);
		for (String expected : new String[] { "Tableau 1, ligne G (G = g1 + g2 + g3 + g4)", "Tableau 1, ligne C (C = A - B)",
				"la grille T.1.1 (Outils de communication)" }) {
			assertTrue(page.contains(expected), "'" + expected + "' missing from the French dossier");
		}
		assertFalse(page.contains("Table 1, line G"), "an English source in the French dossier");
		Path english = SummaryReportTest.output("vimo-dossier-en-sources.html");
		DossierReport.render(vimo, ReportFormat.HTML, Locale.ENGLISH, english);
		String englishPage = Files.readString(english, StandardCharsets.UTF_8);
		assertTrue(englishPage.contains("Table 1, line G (G = g1 + g2 + g3 + g4)"), "English source expected");
		assertTrue(englishPage.contains("answers to the 3 items of checklist T.1.1 (Communication tools)"),
				"English reason expected");
	}

	/** Sucura's monitoring sheets and Table 21/22 sections, with a recorded legal recognition and obligation. */
	@Test
	void sucuraDossierShowsItsMonitoringSheetsAndLegalStatus() throws Exception {
		Evaluation sucura = InterchangeImporter.importFolder(Path.of(System.getProperty("hmis.examples"), "sucura"))
				.evaluation();
		org.hmis.eval.model.LegalRecognitionStage stage = org.hmis.eval.model.ModelFactory.eINSTANCE
				.createLegalRecognitionStage();
		stage.setStage(3);
		stage.setMet(true);
		stage.setEvidence("deposit slip 2003-114");
		sucura.getLegalRecognition().add(stage);
		org.hmis.eval.model.StatutoryObligation assembly = org.hmis.eval.model.ModelFactory.eINSTANCE
				.createStatutoryObligation();
		assembly.setObligation("general_assembly");
		assembly.setTheoreticalInterval("once a year");
		assembly.setActualFrequency("every two years");
		sucura.getObligations().add(assembly);
		DossierContent content = new DossierContent(sucura, 2006,
				IndicatorServices.registry().computeAll(new ComputationContext(sucura, 2006)));
		Path html = SummaryReportTest.output("sucura-dossier-en.html");
		DossierReport.render(content, ReportFormat.HTML, Locale.ENGLISH, html);
		String page = Files.readString(html, StandardCharsets.UTF_8);
		for (String expected : new String[] { "Members and beneficiaries by month (Table 7)", "1,810", "Annual average",
				"265.4", "Number and cost of claims by category (Table 9)", "Medicines", "50.2 %",
				"Care providers of the scheme", "Health Centre X", "Outpatient care, Medicines, Gynaecological and obstetric care",
				"Non-programmed surgical operations",
				"Stages towards legal recognition (Table 21)", "deposit slip 2003-114",
				"General assembly (or annual meeting) held", "every two years" }) {
			assertTrue(page.contains(expected), "'" + expected + "' missing");
		}
		// Sucura gives no account line: Tables 1 and 2 say so in one line each, without rows of dashes.
		assertEquals(2, page.split("No account line was given for these three years.", -1).length - 1, "one line per table");
		assertFalse(page.contains("Earned premiums"), "no empty account lines");
		Path french = SummaryReportTest.output("sucura-dossier-fr.html");
		DossierReport.render(content, ReportFormat.HTML, Locale.FRENCH, french);
		String pageFr = Files.readString(french, StandardCharsets.UTF_8);
		assertTrue(pageFr.contains("prises en charge par d'autres") || pageFr.contains("prises en charge par d&#39;autres"),
				"a single apostrophe in French section titles");
		assertTrue(pageFr.contains("Moyenne annuelle"));
		assertTrue(pageFr.contains("Prestataires de soins du syst") && pageFr.contains("Centre de sant")
				&& pageFr.contains("Soins ambulatoires"), "providers and category labels in French");
	}

	@Test
	void htmlAndDocxCarryTheSameContent() throws Exception {
		Path html = SummaryReportTest.output("vimo-dossier-en.html");
		DossierReport.render(vimo, ReportFormat.HTML, Locale.ENGLISH, html);
		String page = Files.readString(html, StandardCharsets.UTF_8);
		assertTrue(page.contains("Earned premiums") && page.contains("75.0 %"), page);
		assertTrue(page.contains("No care provider is declared."), "VIMO declares no provider: one line says so");
		// Tables 1 and 2 show years N-2, N-1 and N side by side (VIMO gives 2006 only: the others are "–").
		assertTrue(page.contains(">2004<") && page.contains(">2005<") && page.contains(">2006<"), "the three years' columns");

		Path docx = SummaryReportTest.output("vimo-dossier-en.docx");
		DossierReport.render(vimo, ReportFormat.DOCX, Locale.ENGLISH, docx);
		String document = docxText(docx);
		assertTrue(document.contains("Earned premiums") && document.contains("75.0 %"), document);
	}

	/** @return the XML of the document part of a .docx (a zip), where Word keeps the text */
	private static String docxText(Path docx) throws IOException {
		try (InputStream in = Files.newInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError(docx + " has no word/document.xml");
	}
}
