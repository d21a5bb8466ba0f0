/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.format.InterchangeFile;
import org.hmis.eval.interchange.format.InterchangeFormat;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.registers.Register;

/**
 * The sheets of an XLSX workbook laid out like the exporter's: each sheet named after an
 * interchange file holds that file's rows, read cell by cell into the same tables as a CSV file,
 * with problems placed as {@code sheet!cell}. A numeric cell is read as the plain decimal it holds,
 * a date cell as an ISO date, a boolean as yes/no.
 */
public final class WorkbookSource implements InterchangeSource {

	private final Workbook workbook;
	private final String name;

	/** @param name the workbook's name without extension, the scheme's name when the profile gives none */
	public WorkbookSource(Workbook workbook, String name) {
		this.workbook = workbook;
		this.name = name;
	}

	@Override
	public Optional<CsvTable> table(InterchangeFile file, ProblemCollector problems) {
		Sheet sheet = workbook.getSheet(file.stem());
		if (sheet == null) {
			problems.consulted(file.name());
			return Optional.empty();
		}
		return CsvTable.ofSheet(file, records(sheet), problems);
	}

	/**
	 * The register sheets go through the register reader, which streams CSV files: they are written
	 * as such into a private temporary folder, and the reader's problems are placed back on the
	 * sheets' cells (line n of the file is row n of the sheet).
	 */
	@Override
	public void readRegisters(Evaluation evaluation, ProblemCollector problems) {
		Path folder = null;
		try {
			folder = Files.createTempDirectory("hmis-registers");
			boolean any = false;
			for (Register register : Register.values()) {
				InterchangeFile file = InterchangeFormat.forRegister(register);
				Sheet sheet = workbook.getSheet(file.stem());
				if (sheet != null) {
					writeCsv(records(sheet), folder.resolve(file.name()));
					any = true;
				}
			}
			if (!any) {
				return;
			}
			ProblemCollector registerProblems = new ProblemCollector(problems.progress(), problems.messages());
			RegisterFiles.read(folder, evaluation, registerProblems);
			for (ImportProblem p : registerProblems.errors()) {
				problems.sheetError(sheetOf(p.file()), p.line(), p.column(), p.reason());
			}
			for (ImportProblem p : registerProblems.warnings()) {
				problems.sheetWarning(sheetOf(p.file()), p.line(), p.column(), p.reason());
			}
		} catch (IOException e) {
			problems.error(name, 0, problems.messages().get("file.unreadable", InterchangeFiles.reason(e)));
		} finally {
			deleteQuietly(folder);
		}
	}

	@Override
	public void warnOfUnknownFiles(ProblemCollector problems) {
		for (Sheet sheet : workbook) {
			if (InterchangeFormat.file(sheet.getSheetName() + ".csv").isEmpty()) {
				problems.sheetWarning(sheet.getSheetName(), 1, 1, problems.messages().get("sheet.unknown"));
			}
		}
	}

	@Override
	public String defaultName() {
		return name;
	}

	/**
	 * The sheet's rows as text, numbered as the sheet shows them. Every row is as wide as the
	 * header, or wider when a cell right of the header holds a value: that row is then refused like
	 * a CSV row with too many fields, never cut. Rows with no value at all are left out.
	 */
	private static List<CsvRecord> records(Sheet sheet) {
		List<CsvRecord> records = new ArrayList<>();
		Row header = sheet.getRow(sheet.getFirstRowNum());
		int width = header == null ? 0 : Math.max(0, header.getLastCellNum());
		for (int r = Math.max(sheet.getFirstRowNum(), 0); r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			int last = row == null ? 0 : row.getLastCellNum();
			for (int c = 0; c < Math.max(width, last); c++) {
				cells.add(row == null ? "" : text(row.getCell(c)));
			}
			while (cells.size() > width && cells.get(cells.size() - 1).isEmpty()) {
				cells.remove(cells.size() - 1);
			}
			if (records.isEmpty() || cells.stream().anyMatch(cell -> !cell.isBlank())) {
				records.add(new CsvRecord(r + 1, cells));
			}
		}
		return records;
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

	private static void writeCsv(List<CsvRecord> records, Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			int line = 1;
			for (CsvRecord record : records) {
				// Blank lines keep the file's line numbers equal to the sheet's row numbers.
				for (; line < record.line(); line++) {
					out.write('\n');
				}
				out.write(CsvWriter.line(record.fields()));
				line++;
			}
		}
	}

	/** @return the sheet a register file's problem belongs on */
	private static String sheetOf(String file) {
		return InterchangeFormat.file(file).map(InterchangeFile::stem).orElse(file);
	}

	private static void deleteQuietly(Path folder) {
		try {
			InterchangeFiles.deleteTree(folder);
		} catch (IOException e) {
			// A temporary folder that cannot be removed is left to the system's temp cleaning.
		}
	}
}
