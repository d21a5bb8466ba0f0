/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.hmis.eval.interchange.format.Column;
import org.hmis.eval.interchange.format.InterchangeFile;
import org.hmis.eval.interchange.format.InterchangeFormat;
import org.hmis.eval.interchange.internal.CsvWriter;
import org.hmis.eval.interchange.internal.FileRows;
import org.hmis.eval.interchange.internal.InterchangeFiles;
import org.hmis.eval.model.Evaluation;

/**
 * Writes an evaluation as an interchange folder, the inverse of {@link InterchangeImporter}: only
 * the files that have content are written, each from its declaration ({@link InterchangeFormat})
 * and row by row, so that registers of millions of rows are streamed. The folder is built beside
 * the target and moved into place when complete, so a failure leaves any previous folder untouched.
 */
public final class InterchangeExporter {

	private InterchangeExporter() {
	}

	/** Writes {@code evaluation} to the folder {@code target}, replacing it if it exists. */
	public static void exportFolder(Evaluation evaluation, Path target) throws IOException {
		exportFolder(evaluation, target, PersonIds.AS_GIVEN);
	}

	/**
	 * Writes {@code evaluation} to the folder {@code target}, replacing it if it exists, with the
	 * members and beneficiaries named as {@code ids} says (for example {@link Pseudonyms}).
	 */
	public static void exportFolder(Evaluation evaluation, Path target, PersonIds ids) throws IOException {
		Path absolute = target.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".");
		try {
			for (InterchangeFile file : InterchangeFormat.files()) {
				if (!FileRows.isEmpty(file, evaluation)) {
					write(file, evaluation, ids, staging.resolve(file.name()));
				}
			}
			replace(staging, absolute);
		} finally {
			InterchangeFiles.deleteTree(staging);
		}
	}

	private static void write(InterchangeFile file, Evaluation evaluation, PersonIds ids, Path path)
			throws IOException {
		try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
			out.write(CsvWriter.line(FileRows.header(file)));
			FileRows.forEach(file, evaluation, ids,
					values -> out.write(CsvWriter.line(values.stream().map(Column::spell).toList())));
		}
	}

	/** Swaps the complete staging folder in for the target; the old target goes only once the new one is there. */
	private static void replace(Path staging, Path target) throws IOException {
		Path previous = null;
		if (Files.exists(target)) {
			previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old.");
			Files.delete(previous);
			Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
		}
		Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
		if (previous != null) {
			InterchangeFiles.deleteTree(previous);
		}
	}
}
