/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hmis.eval.interchange.format.Column;
import org.hmis.eval.interchange.format.InterchangeFile;
import org.hmis.eval.interchange.format.InterchangeFormat;
import org.hmis.eval.interchange.internal.FileRows;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.io.InterruptedWrites;

/**
 * Writes an evaluation as an XLSX workbook with one sheet per interchange file, named after the
 * file ({@code contracts} for {@code contracts.csv}), whose first row holds the file's column
 * names. Every sheet is written, empty or not, so that the same workbook serves as a template to
 * fill in. Numbers are written as numbers, everything else (codes, ISO dates) as text. Rows are
 * streamed to the file (a window of rows in memory), so large registers fit.
 */
public final class WorkbookExporter {

	/** Rows kept in memory per sheet while writing; the rest are flushed to a temporary file. */
	private static final int WINDOW = 200;

	private WorkbookExporter() {
	}

	/** Writes {@code evaluation} to {@code target}; the file is replaced only once complete. */
	public static void export(Evaluation evaluation, Path target) throws IOException {
		export(evaluation, target, PersonIds.AS_GIVEN);
	}

	/**
	 * Writes {@code evaluation} to {@code target}, with the members and beneficiaries named as
	 * {@code ids} says; the file is replaced only once complete.
	 */
	public static void export(Evaluation evaluation, Path target, PersonIds ids) throws IOException {
		Path absolute = target.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		// What an earlier, interrupted export of this workbook left behind goes first.
		InterruptedWrites.removeLeftovers(absolute);
		Path staging = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try {
			CellStyle headerStyle = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			headerStyle.setFont(bold);
			for (InterchangeFile file : InterchangeFormat.files()) {
				Sheet sheet = workbook.createSheet(file.stem());
				List<String> header = FileRows.header(file);
				Row first = sheet.createRow(0);
				for (int c = 0; c < header.size(); c++) {
					Cell cell = first.createCell(c);
					cell.setCellValue(header.get(c));
					cell.setCellStyle(headerStyle);
				}
				int[] next = { 1 };
				FileRows.forEach(file, evaluation, ids, values -> write(sheet.createRow(next[0]++), values));
				sheet.createFreezePane(0, 1);
			}
			try (OutputStream out = Files.newOutputStream(staging)) {
				workbook.write(out);
			}
			Files.move(staging, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			workbook.close();
			workbook.dispose();
			Files.deleteIfExists(staging);
		}
	}

	/** Writes a blank workbook: every sheet with its header, the settings of a new scheme. */
	public static void exportTemplate(Path target) throws IOException {
		Evaluation blank = ModelFactory.eINSTANCE.createEvaluation();
		blank.setScheme(ModelFactory.eINSTANCE.createScheme());
		export(blank, target);
	}

	private static void write(Row row, List<Object> values) {
		for (int c = 0; c < values.size(); c++) {
			Object value = values.get(c);
			if (value == null || value instanceof List<?> list && list.isEmpty()) {
				continue;
			}
			Cell cell = row.createCell(c);
			if (value instanceof Number number) {
				// A spreadsheet holds numbers as doubles: amounts of more than 15 digits stay text.
				BigDecimal decimal = new BigDecimal(number.toString());
				if (decimal.precision() <= 15) {
					cell.setCellValue(decimal.doubleValue());
					continue;
				}
			}
			cell.setCellValue(Column.spell(value));
		}
	}
}
