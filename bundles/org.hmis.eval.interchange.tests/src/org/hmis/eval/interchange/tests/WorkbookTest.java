/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.interchange.WorkbookExporter;
import org.hmis.eval.interchange.WorkbookImporter;
import org.hmis.eval.model.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XLSX export (filled and blank template) and import, with real POI workbooks. */
class WorkbookTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "vimo", "sucura" })
	void exampleSurvivesAWorkbookRoundTrip(String example) throws Exception {
		Evaluation imported = InterchangeImporter.importFolder(InterchangeImporterTest.example(example)).evaluation();
		Path xlsx = folder.resolve(example + ".xlsx");
		WorkbookExporter.export(imported, xlsx);
		Evaluation reimported = WorkbookImporter.importWorkbook(xlsx).evaluation();
		assertTrue(EcoreUtil.equals(imported, reimported), example + " differs after the workbook round trip");
	}

	@Test
	void templateHasEverySheetWithItsCodesAndImportsAsAnEmptyEvaluation() throws Exception {
		Path template = folder.resolve("template.xlsx");
		WorkbookExporter.exportTemplate(template);
		List<String> sheets = new ArrayList<>();
		try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
			Row header = workbook.getSheet("contracts").getRow(0);
			assertEquals("member_id", header.getCell(0).getStringCellValue());
			assertEquals("premium_due", header.getCell(3).getStringCellValue());
		}
		assertTrue(sheets.containsAll(List.of("scheme", "accounts", "contracts", "beneficiaries", "payments", "claims",
				"monthly_beneficiaries", "claims_listing", "investments", "risk_portfolio")), sheets.toString());
		Evaluation blank = WorkbookImporter.importWorkbook(template).evaluation();
		assertTrue(blank.getYears().isEmpty());
		assertEquals("template", blank.getScheme().getName());
	}

	@Test
	void brokenCellsAreReportedAsSheetAndCellAndNothingIsImported() throws Exception {
		Path xlsx = folder.resolve("broken.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet contracts = workbook.createSheet("contracts");
			String[][] rows = { { "member_id", "start_date", "end_date", "premium_due" },
					{ "M1", "2006-01-01", "2006-12-31", "1000" }, { "M2", "2006-02-30", "2006-12-31", "1000" },
					{ "M3", "2006-01-01", "2006-12-31", "ten" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = contracts.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (r > 0 && c == 3 && rows[r][c].matches("\\d+")) {
						row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
					} else {
						row.createCell(c).setCellValue(rows[r][c]);
					}
				}
			}
			Sheet beneficiaries = workbook.createSheet("beneficiaries");
			Row header = beneficiaries.createRow(0);
			header.createCell(0).setCellValue("beneficiary_id");
			header.createCell(1).setCellValue("member_id");
			header.createCell(2).setCellValue("role");
			Row b = beneficiaries.createRow(1);
			b.createCell(0).setCellValue("B1");
			b.createCell(1).setCellValue("M9");
			b.createCell(2).setCellValue("member");
			try (OutputStream out = Files.newOutputStream(xlsx)) {
				workbook.write(out);
			}
		}
		ImportException refused = assertThrows(ImportException.class, () -> WorkbookImporter.importWorkbook(xlsx));
		assertEquals(List.of("beneficiaries!B2: beneficiary B1: member M9 has no contract",
				"contracts!B3: start_date is not a date of the calendar: '2006-02-30'",
				"contracts!D4: premium_due is not a number: 'ten'"),
				refused.problems().stream().map(ImportProblem::toString).toList());
	}

	/** Sheets other than the registers are read cell by cell: the cell named is the one refused, in either language. */
	@Test
	void aBadCellOfAnySheetIsNamedByItsColumnLetter() throws Exception {
		Path xlsx = folder.resolve("accounts.xlsx");
		accountsSheet(xlsx, new String[][] { { "line", "year", "amount" }, { "A", "2006", "1000" }, { "B", "2006", "ten" },
					{ "A", "2006", "5" } });
		ImportException english = assertThrows(ImportException.class, () -> WorkbookImporter.importWorkbook(xlsx));
		assertEquals(List.of("accounts!C3: amount is not a number: 'ten'",
				"accounts!A4: duplicate year 2006, line A (first given on line 2)"),
				english.problems().stream().map(ImportProblem::toString).toList());
		ImportException french = assertThrows(ImportException.class,
				() -> WorkbookImporter.importWorkbook(xlsx, org.hmis.eval.interchange.ImportProgress.NONE, java.util.Locale.FRENCH));
		assertEquals(List.of("accounts!C3: amount n'est pas un nombre : 'ten'",
				"accounts!A4: year 2006, line A en double (d\u00e9j\u00e0 donn\u00e9 ligne 2)"),
				french.problems().stream().map(ImportProblem::toString).toList());
	}

	/** What a spreadsheet user types: real dates, numbers and TRUE/FALSE cells are read as the interchange texts. */
	@Test
	void dateNumberAndBooleanCellsAreReadAsTheInterchangeFormatWritesThem() throws Exception {
		Path xlsx = folder.resolve("typed.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			org.apache.poi.ss.usermodel.CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Sheet contracts = workbook.createSheet("contracts");
			Row header = contracts.createRow(0);
			String[] columns = { "member_id", "start_date", "end_date", "premium_due" };
			for (int c = 0; c < columns.length; c++) {
				header.createCell(c).setCellValue(columns[c]);
			}
			Row row = contracts.createRow(1);
			row.createCell(0).setCellValue(1234);
			org.apache.poi.ss.usermodel.Cell start = row.createCell(1);
			start.setCellValue(java.time.LocalDate.of(2006, 1, 1));
			start.setCellStyle(dateStyle);
			org.apache.poi.ss.usermodel.Cell end = row.createCell(2);
			end.setCellValue(java.time.LocalDate.of(2006, 12, 31));
			end.setCellStyle(dateStyle);
			row.createCell(3).setCellValue(1000.5);
			Sheet tools = workbook.createSheet("management_tools");
			Row toolsHeader = tools.createRow(0);
			toolsHeader.createCell(0).setCellValue("year");
			toolsHeader.createCell(1).setCellValue("tool");
			toolsHeader.createCell(2).setCellValue("used");
			Row tool = tools.createRow(1);
			tool.createCell(0).setCellValue(2006);
			tool.createCell(1).setCellValue("cash_book");
			tool.createCell(2).setCellValue(true);
			try (OutputStream out = Files.newOutputStream(xlsx)) {
				workbook.write(out);
			}
		}
		Evaluation imported = WorkbookImporter.importWorkbook(xlsx).evaluation();
		org.hmis.eval.model.registers.ContractRow contract = org.hmis.eval.model.registers.ContractRow
				.of(imported.getRegisters().getTables(), 0);
		assertEquals("1234", contract.memberId());
		assertEquals(java.time.LocalDate.of(2006, 12, 31), contract.endDate());
		assertEquals(0, new java.math.BigDecimal("1000.5").compareTo(contract.premiumDue()));
		assertTrue(imported.getYears().get(0).getManagementTools().get(0).isUsed());
	}

	/** A value typed right of the header's last column is not dropped: its row is refused. */
	@Test
	void aValueRightOfTheHeaderIsRefusedNotCut() throws Exception {
		Path xlsx = folder.resolve("wide.xlsx");
		accountsSheet(xlsx, new String[][] { { "year", "line", "amount" }, { "2006", "A", "5" }, { "2006", "B", "6", "", "forgotten" },
					{ "2006", "D", "7", "" } });
		ImportException refused = assertThrows(ImportException.class, () -> WorkbookImporter.importWorkbook(xlsx));
		assertEquals(List.of("accounts!A3: the row has 5 fields but the header has 3"),
				refused.problems().stream().map(ImportProblem::toString).toList());
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefused() throws Exception {
		Path notXlsx = folder.resolve("notes.xlsx");
		Files.writeString(notXlsx, "just text");
		ImportException refused = assertThrows(ImportException.class, () -> WorkbookImporter.importWorkbook(notXlsx));
		assertTrue(refused.problems().get(0).toString().startsWith("notes.xlsx: not a readable XLSX workbook"),
				refused.getMessage());
	}

	/** Writes a workbook whose only sheet, accounts, holds {@code rows} as text cells. */
	private static void accountsSheet(Path xlsx, String[][] rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet accounts = workbook.createSheet("accounts");
			for (int r = 0; r < rows.length; r++) {
				Row row = accounts.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			try (OutputStream out = Files.newOutputStream(xlsx)) {
				workbook.write(out);
			}
		}
	}
}
