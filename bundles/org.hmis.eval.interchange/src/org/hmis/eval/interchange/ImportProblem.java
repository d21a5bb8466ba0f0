/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

/**
 * A row or file an import rejected, located as {@code file:line: reason}.
 *
 * @param file the file name inside the interchange folder
 * @param line the 1-based line of the row (0 when the problem concerns the whole file)
 * @param reason what is wrong, in words an evaluator can act on
 */
public record ImportProblem(String file, int line, String reason) {

	@Override
	public String toString() {
		return file + ":" + line + ": " + reason;
	}
}
