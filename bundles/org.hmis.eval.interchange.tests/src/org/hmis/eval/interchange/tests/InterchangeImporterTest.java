/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.ImportResult;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.PaymentSystem;
import org.hmis.eval.model.accounts.AccountLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing interchange folders: the VIMO example, and rows that must be refused. */
class InterchangeImporterTest {

	@TempDir
	Path folder;

	static Path example(String name) {
		return Path.of(System.getProperty("hmis.examples"), name);
	}

	@Test
	void importsTheVimoExample() throws ImportException {
		ImportResult result = InterchangeImporter.importFolder(example("vimo"));
		Evaluation vimo = result.evaluation();
		assertEquals("VIMO", vimo.getScheme().getName());
		assertEquals("Rs", vimo.getScheme().getCurrency());
		assertEquals(PaymentSystem.THIRD_PARTY, vimo.getScheme().getPaymentSystem());
		AccountingYear year2006 = vimo.getYears().get(0);
		assertEquals(2006, year2006.getYear());
		AccountLines lines = AccountLines.of(year2006);
		assertAmount(1_200_000, lines, "C");
		assertAmount(900_000, lines, "G");
		assertAmount(1_265_000, lines, "X");
		assertAmount(90_000, lines, "Z");
		assertEquals(lines.line("7").orElseThrow().amount(), lines.line("19").orElseThrow().amount(),
				"the example's balance sheet balances");
		BigDecimal hidden = year2006.getHiddenCosts().stream().map(c -> c.getEstimatedCost())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(0, BigDecimal.valueOf(170_000).compareTo(hidden), "guide: hidden costs total 170,000");
		assertTrue(result.warnings().isEmpty(), "warnings: " + result.warnings());
	}

	@Test
	void everyBrokenRowIsReportedWithFileAndLineAndNothingIsImported() throws IOException {
		Files.writeString(folder.resolve("scheme.csv"), "key,value\nname,Test\nenrolment,sometimes\n");
		Files.writeString(folder.resolve("accounts.csv"),
				"year,line,amount\n2006,A,1000\n2006,Q,5\n2006,B,ten\n2006,A,1\n1850,C,3\n");
		Files.writeString(folder.resolve("hidden_costs.csv"),
				"year,activity,estimated_cost\n2006,Training,-50\n");
		ImportException refused = assertThrows(ImportException.class, () -> InterchangeImporter.importFolder(folder));
		List<String> problems = refused.problems().stream().map(ImportProblem::toString).toList();
		assertEquals(List.of(
				"accounts.csv:3:2: unknown account line 'Q'",
				"accounts.csv:4:3: amount is not a number: 'ten'",
				"accounts.csv:5: duplicate year 2006, line A (first given on line 2)",
				"accounts.csv:6:1: year must be between 1900 and 2100: 1850",
				"hidden_costs.csv:2:3: estimated_cost must not be negative: -50",
				"scheme.csv:3:2: enrolment must be one of closed, open: 'sometimes'"), problems);
	}

	@Test
	void missingRequiredColumnIsAnErrorOnTheHeaderLine() throws IOException {
		Files.writeString(folder.resolve("accounts.csv"), "year,amount\n2006,5\n");
		ImportException refused = assertThrows(ImportException.class, () -> InterchangeImporter.importFolder(folder));
		assertEquals("accounts.csv:1: required column 'line' is missing", refused.problems().get(0).toString());
	}

	@Test
	void aColumnGivenTwiceIsAnErrorAtItsSecondPosition() throws IOException {
		Files.writeString(folder.resolve("accounts.csv"), "year,line,amount,line\n2006,A,5,B\n");
		ImportException refused = assertThrows(ImportException.class, () -> InterchangeImporter.importFolder(folder));
		assertEquals(List.of("accounts.csv:1:4: column 'line' appears twice"),
				refused.problems().stream().map(ImportProblem::toString).toList());
	}

	@Test
	void unknownColumnsAreIgnoredWithAWarning() throws Exception {
		Files.writeString(folder.resolve("accounts.csv"), "year,line,amount,comment\n2006,A,5,first\n");
		ImportResult result = InterchangeImporter.importFolder(folder);
		assertEquals("accounts.csv:1:4: unknown column 'comment' ignored", result.warnings().get(0).toString());
	}

	@Test
	void folderWithoutFilesGivesAnEmptyEvaluationNamedAfterIt() throws Exception {
		Evaluation empty = InterchangeImporter.importFolder(folder).evaluation();
		assertEquals(folder.getFileName().toString(), empty.getScheme().getName());
		assertTrue(empty.getYears().isEmpty());
		assertNull(empty.getScheme().getCurrency());
	}

	private static void assertAmount(long expected, AccountLines lines, String code) {
		assertEquals(0, BigDecimal.valueOf(expected).compareTo(lines.line(code).orElseThrow().amount()), "line " + code);
	}

	/** Every reason of an import, register files included, comes in the language asked for. */
	@Test
	void problemsOfRegistersAndTablesComeInFrenchWhenAskedFor() throws IOException {
		Files.writeString(folder.resolve("contracts.csv"),
				"member_id,start_date,end_date,premium_due\nM1,2006-02-30,2006-12-31,1000\nM2,2006-01-01,2006-12-31,-5\n");
		Files.writeString(folder.resolve("accounts.csv"), "year,line,amount\n2006,A,\"12\n");
		ImportException refused = assertThrows(ImportException.class, () -> InterchangeImporter.importFolder(folder,
				org.hmis.eval.interchange.ImportProgress.NONE, java.util.Locale.FRENCH));
		assertEquals(List.of("accounts.csv:2: un champ entre guillemets n'est pas ferm\u00e9",
				"contracts.csv:2:2: start_date n'est pas une date du calendrier : '2006-02-30'",
				"contracts.csv:3:4: premium_due ne peut pas \u00eatre n\u00e9gatif : -5"),
				refused.problems().stream().map(ImportProblem::toString).toList());
	}
}
