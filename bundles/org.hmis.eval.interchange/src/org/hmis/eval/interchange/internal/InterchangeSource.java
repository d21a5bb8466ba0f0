/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.util.Optional;

import org.hmis.eval.interchange.format.InterchangeFile;
import org.hmis.eval.model.Evaluation;

/**
 * Where an import reads the files of the format: a folder of CSV files, or the sheets of a workbook.
 * Both hand over the same tables, so every rule is written once; only the positions differ
 * ({@code file:line:column}, {@code sheet!cell}).
 */
public interface InterchangeSource {

	/** @return the table of {@code file}, or empty when the source does not have it (or it is broken: reported) */
	Optional<CsvTable> table(InterchangeFile file, ProblemCollector problems);

	/** Reads the four registers into the evaluation, streaming, with the register rules. */
	void readRegisters(Evaluation evaluation, ProblemCollector problems);

	/** Warns of the files (sheets) the source holds that the format does not know. */
	void warnOfUnknownFiles(ProblemCollector problems);

	/** @return the scheme's name when its profile gives none: the folder's or workbook's name */
	String defaultName();
}
