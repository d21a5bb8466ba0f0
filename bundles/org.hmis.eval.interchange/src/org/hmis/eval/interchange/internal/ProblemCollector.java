/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hmis.eval.interchange.ImportProblem;

/**
 * Collects the errors and warnings of one import so they are all reported together. Lines are
 * 1-based; line 0 means the whole file. Columns are the 1-based field positions; 0 means the whole
 * row.
 */
public final class ProblemCollector {

	private static final Comparator<ImportProblem> ORDER = Comparator.comparing(ImportProblem::file)
			.thenComparingInt(ImportProblem::line).thenComparingInt(ImportProblem::column);

	private final List<ImportProblem> errors = new ArrayList<>();
	private final List<ImportProblem> warnings = new ArrayList<>();

	public void error(String file, int line, String reason) {
		error(file, line, 0, reason);
	}

	public void error(String file, int line, int column, String reason) {
		errors.add(new ImportProblem(file, line, column, reason));
	}

	public void warning(String file, int line, String reason) {
		warning(file, line, 0, reason);
	}

	public void warning(String file, int line, int column, String reason) {
		warnings.add(new ImportProblem(file, line, column, reason));
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	public List<ImportProblem> errors() {
		return errors.stream().sorted(ORDER).toList();
	}

	public List<ImportProblem> warnings() {
		return warnings.stream().sorted(ORDER).toList();
	}
}
