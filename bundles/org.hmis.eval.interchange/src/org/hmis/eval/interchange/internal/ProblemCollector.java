/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.util.CellReference;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.ImportProgress;

/**
 * Collects the errors and warnings of one import so they are all reported together. Lines are
 * 1-based; line 0 means the whole file. Columns are the 1-based field positions; 0 means the whole
 * row. It also carries what the rest of the import needs to know of it: who hears of its progress,
 * and which files it looked for.
 */
public final class ProblemCollector {

	private static final Comparator<ImportProblem> ORDER = Comparator.comparing(ImportProblem::file)
			.thenComparingInt(ImportProblem::line).thenComparingInt(ImportProblem::column);

	private final List<ImportProblem> errors = new ArrayList<>();
	private final List<ImportProblem> warnings = new ArrayList<>();
	private final Set<String> consulted = new LinkedHashSet<>();
	private final ImportProgress progress;
	private final ImportMessages messages;

	public ProblemCollector() {
		this(ImportProgress.NONE);
	}

	public ProblemCollector(ImportProgress progress) {
		this(progress, ImportMessages.ENGLISH);
	}

	/** @param messages the language of the problems' reasons */
	public ProblemCollector(ImportProgress progress, ImportMessages messages) {
		this.progress = progress == null ? ImportProgress.NONE : progress;
		this.messages = messages;
	}

	/** @return the messages in the import's language */
	public ImportMessages messages() {
		return messages;
	}

	/**
	 * Reports an error in a workbook sheet: located as {@code sheet!cell}, the cell being the column
	 * concerned on the row (column A when the whole row is concerned, A1 for the whole sheet).
	 */
	public void sheetError(String sheet, int row, int column, String reason) {
		errors.add(inSheet(sheet, row, column, reason));
	}

	public void sheetWarning(String sheet, int row, int column, String reason) {
		warnings.add(inSheet(sheet, row, column, reason));
	}

	private static ImportProblem inSheet(String sheet, int row, int column, String reason) {
		return new ImportProblem(sheet, row, column, reason, CellReference.convertNumToColString(Math.max(column, 1) - 1) + Math.max(row, 1));
	}


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

	/** @return who hears how far the import has read */
	public ImportProgress progress() {
		return progress;
	}

	/** Notes that the import looked for a file of this name, whether or not it exists. */
	void consulted(String fileName) {
		consulted.add(fileName);
	}

	/** @return the names of the files the import looked for */
	public Set<String> consulted() {
		return Set.copyOf(consulted);
	}
}
