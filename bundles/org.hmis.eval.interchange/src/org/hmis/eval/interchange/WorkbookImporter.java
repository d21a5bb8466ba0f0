/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hmis.eval.interchange.internal.CsvWriter;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;

/**
 * Imports an XLSX workbook laid out like {@link WorkbookExporter}'s: each sheet named after an
 * interchange file is turned back into that file, row for row, and the folder importer applies
 * the same rules, all or nothing. Problems are located as {@code sheet!cell: reason}, the cell
 * being the column the reason names (column A when it names none) on the offending row.
 */
public final class WorkbookImporter {

	private WorkbookImporter() {
	}

	public static ImportResult importWorkbook(Path workbookFile) throws ImportException {
		return importWorkbook(workbookFile, ImportProgress.NONE);
	}

	/**
	 * @param progress hears of the rows read, sheet by sheet (named after their interchange files)
	 */
	public static ImportResult importWorkbook(Path workbookFile, ImportProgress progress) throws ImportException {
		Path folder = null;
		try {
			folder = Files.createTempDirectory("hmis-workbook");
			List<ImportProblem> warnings = new ArrayList<>();
			List<List<String>> headers = new ArrayList<>();
			Set<String> known = knownFiles();
			try (InputStream in = Files.newInputStream(workbookFile); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				for (Sheet sheet : workbook) {
					String file = sheet.getSheetName() + ".csv";
					if (!known.contains(file)) {
						warnings.add(new ImportProblem(sheet.getSheetName(), 0, "unknown sheet ignored", "A1"));
						continue;
					}
					Files.writeString(folder.resolve(file), csv(sheet), StandardCharsets.UTF_8);
				}
			} catch (IOException | RuntimeException e) {
				throw new ImportException(List.of(new ImportProblem(workbookFile.getFileName().toString(), 0,
						"not a readable XLSX workbook: " + e.getMessage())));
			}
			Path files = folder;
			try {
				ImportResult result = InterchangeImporter.importFolder(files, progress);
				warnings.addAll(result.warnings().stream().map(p -> locate(p)).toList());
				Evaluation evaluation = result.evaluation();
				if (evaluation.getScheme().getName() != null && evaluation.getScheme().getName().startsWith("hmis-workbook")) {
					evaluation.getScheme().setName(baseName(workbookFile));
					evaluation.setTitle(evaluation.getScheme().getName());
				}
				return new ImportResult(evaluation, warnings);
			} catch (ImportException e) {
				throw new ImportException(e.problems().stream().map(p -> locate(p)).toList());
			}
		} catch (IOException e) {
			throw new ImportException(List.of(new ImportProblem(workbookFile.getFileName().toString(), 0,
					"cannot be read: " + e.getMessage())));
		} finally {
			deleteQuietly(folder);
		}
	}

	/** @return the sheet name of an interchange file: the file name without ".csv" */
	static String sheetName(String file) {
		return file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
	}

	private static Set<String> knownFiles() {
		Evaluation blank = ModelFactory.eINSTANCE.createEvaluation();
		blank.setScheme(ModelFactory.eINSTANCE.createScheme());
		return InterchangeExporter.files(blank).keySet();
	}

	/**
	 * The sheet as CSV text, one line per row, so that CSV line numbers are row numbers. Every row
	 * is as wide as the header, or wider when a cell right of the header holds a value: that row
	 * is then refused like a CSV row with too many fields, never cut.
	 */
	private static String csv(Sheet sheet) {
		int width = 0;
		Row header = sheet.getRow(0);
		if (header != null) {
			width = Math.max(0, header.getLastCellNum());
		}
		StringBuilder text = new StringBuilder();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			int last = row == null ? 0 : row.getLastCellNum();
			for (int c = 0; c < Math.max(width, last); c++) {
				cells.add(row == null ? "" : text(row.getCell(c)));
			}
			while (cells.size() > width && cells.get(cells.size() - 1).isEmpty()) {
				cells.remove(cells.size() - 1);
			}
			text.append(CsvWriter.line(cells));
		}
		return text.toString();
	}

	/** A cell as the interchange format writes it: plain decimals, ISO dates, yes/no. */
	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
		case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
				: new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
		case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
		case STRING -> cell.getStringCellValue();
		default -> "";
		};
	}

	/**
	 * Turns {@code file.csv:line:column: reason} into {@code sheet!cell: reason}: the cell of the
	 * column concerned on the offending row, column A when the problem concerns the whole row.
	 */
	private static ImportProblem locate(ImportProblem problem) {
		String sheet = sheetName(problem.file());
		int column = Math.max(problem.column() - 1, 0);
		int row = Math.max(problem.line(), 1);
		return new ImportProblem(sheet, problem.line(), problem.column(), problem.reason(),
				CellReference.convertNumToColString(column) + row);
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
	}

	private static void deleteQuietly(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			// A temporary folder that cannot be removed is left to the system's temp cleaning.
		}
	}
}
