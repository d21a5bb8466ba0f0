/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

/**
 * A row or file an import rejected, located as {@code file:line: reason} for a folder of CSV files
 * and as {@code sheet!cell: reason} for a workbook.
 *
 * @param file the file name inside the interchange folder, or the sheet name of a workbook
 * @param line the 1-based line of the row (0 when the problem concerns the whole file)
 * @param reason what is wrong, in words an evaluator can act on
 * @param cell the cell reference (B3) in a workbook; null for CSV files
 */
public record ImportProblem(String file, int line, String reason, String cell) {

	public ImportProblem(String file, int line, String reason) {
		this(file, line, reason, null);
	}

	@Override
	public String toString() {
		return cell == null ? file + ":" + line + ": " + reason : file + "!" + cell + ": " + reason;
	}
}
