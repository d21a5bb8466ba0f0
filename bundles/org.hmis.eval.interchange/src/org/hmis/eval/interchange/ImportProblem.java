/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

/**
 * A row or file an import rejected, located as {@code file:line:column: reason} for a folder of CSV
 * files ({@code file:line: reason} when no column is concerned, {@code file: reason} when the whole
 * file is) and as {@code sheet!cell: reason} for a workbook.
 *
 * @param file the file name inside the interchange folder, or the sheet name of a workbook
 * @param line the 1-based line of the row (0 when the problem concerns the whole file)
 * @param column the 1-based position of the field concerned in its row (0 when the problem
 *        concerns the whole row or file); the reason names the column too
 * @param reason what is wrong, in words an evaluator can act on
 * @param cell the cell reference (B3) in a workbook; null for CSV files
 */
public record ImportProblem(String file, int line, int column, String reason, String cell) {

	public ImportProblem(String file, int line, String reason) {
		this(file, line, 0, reason, null);
	}

	public ImportProblem(String file, int line, int column, String reason) {
		this(file, line, column, reason, null);
	}

	public ImportProblem(String file, int line, String reason, String cell) {
		this(file, line, 0, reason, cell);
	}

	@Override
	public String toString() {
		if (cell != null) {
			return file + "!" + cell + ": " + reason;
		}
		if (line <= 0) {
			return file + ": " + reason;
		}
		return column <= 0 ? file + ":" + line + ": " + reason : file + ":" + line + ":" + column + ": " + reason;
	}
}
