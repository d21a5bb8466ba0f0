/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

import java.util.List;

/** An import that was refused as a whole because some rows break the rules. */
public final class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<ImportProblem> problems;

	public ImportException(List<ImportProblem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	/** @return every rejected row, in file and line order */
	public List<ImportProblem> problems() {
		return problems;
	}

	private static String summary(List<ImportProblem> problems) {
		StringBuilder text = new StringBuilder();
		for (ImportProblem problem : problems) {
			if (!text.isEmpty()) {
				text.append(System.lineSeparator());
			}
			text.append(problem);
		}
		return text.toString();
	}
}
