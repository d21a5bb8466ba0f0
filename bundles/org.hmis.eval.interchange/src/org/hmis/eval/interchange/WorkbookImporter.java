/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hmis.eval.interchange.internal.ImportMessages;
import org.hmis.eval.interchange.internal.ProblemCollector;
import org.hmis.eval.interchange.internal.WorkbookSource;

/**
 * Imports an XLSX workbook laid out like {@link WorkbookExporter}'s: each sheet named after an
 * interchange file is read cell by cell with the same declarations and rules as the file, all or
 * nothing. Problems are located as {@code sheet!cell: reason}.
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
		return importWorkbook(workbookFile, progress, Locale.ENGLISH);
	}

	/** @param locale the language of the problems' reasons */
	public static ImportResult importWorkbook(Path workbookFile, ImportProgress progress, Locale locale)
			throws ImportException {
		String fileName = workbookFile.getFileName().toString();
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(workbookFile)) {
			workbook = new XSSFWorkbook(in);
		} catch (IOException | RuntimeException e) {
			throw new ImportException(
					List.of(new ImportProblem(fileName, 0, "not a readable XLSX workbook: " + e.getMessage())));
		}
		try (workbook) {
			return InterchangeImporter.importFrom(new WorkbookSource(workbook, baseName(fileName)),
					new ProblemCollector(progress, new ImportMessages(locale)));
		} catch (IOException e) {
			throw new ImportException(List.of(new ImportProblem(fileName, 0, "cannot be closed: " + e.getMessage())));
		}
	}

	private static String baseName(String name) {
		return name.endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
	}
}
