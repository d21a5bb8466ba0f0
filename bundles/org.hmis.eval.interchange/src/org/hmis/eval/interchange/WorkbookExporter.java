/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hmis.eval.interchange.internal.CsvWriter;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.io.InterruptedWrites;

/**
 * Writes an evaluation as an XLSX workbook with one sheet per interchange file, named after the
 * file ({@code contracts} for {@code contracts.csv}), whose first row holds the specification's
 * column codes. Every sheet is written, empty or not, so that the same workbook serves as a
 * template to fill in. Numbers are written as numbers, everything else (codes, ISO dates) as text.
 */
public final class WorkbookExporter {

	private static final String NUMBER = "-?\\d{1,15}(\\.\\d+)?";

	private WorkbookExporter() {
	}

	/** Writes {@code evaluation} to {@code target}; the file is replaced only once complete. */
	public static void export(Evaluation evaluation, Path target) throws IOException {
		write(InterchangeExporter.files(evaluation), target);
	}

	/** Writes a blank workbook: every sheet with its header, the settings of a new scheme. */
	public static void exportTemplate(Path target) throws IOException {
		Evaluation blank = ModelFactory.eINSTANCE.createEvaluation();
		blank.setScheme(ModelFactory.eINSTANCE.createScheme());
		export(blank, target);
	}

	private static void write(Map<String, CsvWriter> files, Path target) throws IOException {
		Path absolute = target.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		// What an earlier, interrupted export of this workbook left behind goes first.
		InterruptedWrites.removeLeftovers(absolute);
		Path staging = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle headerStyle = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			headerStyle.setFont(bold);
			for (Map.Entry<String, CsvWriter> file : files.entrySet()) {
				Sheet sheet = workbook.createSheet(WorkbookImporter.sheetName(file.getKey()));
				List<List<String>> rows = file.getValue().cells();
				for (int r = 0; r < rows.size(); r++) {
					Row row = sheet.createRow(r);
					List<String> cells = rows.get(r);
					for (int c = 0; c < cells.size(); c++) {
						if (!cells.get(c).isEmpty()) {
							Cell cell = row.createCell(c);
							if (r > 0 && cells.get(c).matches(NUMBER)) {
								cell.setCellValue(Double.parseDouble(cells.get(c)));
							} else {
								cell.setCellValue(cells.get(c));
							}
							if (r == 0) {
								cell.setCellStyle(headerStyle);
							}
						}
					}
				}
				sheet.createFreezePane(0, 1);
			}
			try (OutputStream out = Files.newOutputStream(staging)) {
				workbook.write(out);
			}
			Files.move(staging, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(staging);
		}
	}
}
