/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.hmis.eval.interchange.InterchangeExporter;
import org.hmis.eval.interchange.PersonIds;
import org.hmis.eval.interchange.PseudonymKey;
import org.hmis.eval.interchange.Pseudonyms;
import org.hmis.eval.interchange.WorkbookExporter;
import org.hmis.eval.interchange.format.InterchangeFile;
import org.hmis.eval.interchange.format.InterchangeFormat;
import org.hmis.eval.model.Evaluation;

/**
 * {@code hmis-eval export}: writes an evaluation as an interchange folder, or as an XLSX workbook
 * when {@code --out} ends in {@code .xlsx}; with {@code --pseudonymise} the members and
 * beneficiaries are named by stable pseudonyms ({@link Pseudonyms}), so that registers can leave
 * the scheme without its members' identities. A folder that exists is replaced only when it holds
 * nothing but interchange files: {@code --out ~/Documents} must never empty a user's folder.
 */
final class ExportCommand implements Command {

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		String given = line.option("out").orElseThrow(() -> new UsageException("export needs --out DIR|FILE.xlsx"));
		Path target = Path.of(given).toAbsolutePath();
		boolean workbook = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
		if (!workbook && Files.exists(target) && !Files.isDirectory(target)) {
			throw new UsageException("export will not replace the file " + target
					+ ": give a folder, or a workbook name ending in .xlsx");
		}
		if (!workbook) {
			Optional<String> foreign = foreignEntry(target);
			if (foreign.isPresent()) {
				throw new UsageException("export will not replace " + target + ": it holds " + foreign.get()
						+ ", which is not an interchange file; give a new or empty folder");
			}
		}
		PersonIds ids = line.flag("pseudonymise") ? Pseudonyms.withKey(PseudonymKey.load()) : PersonIds.AS_GIVEN;
		Optional<Evaluation> evaluation = Evaluations.open(line, err);
		if (evaluation.isEmpty()) {
			return EVALUATION_ERRORS;
		}
		try {
			if (workbook) {
				WorkbookExporter.export(evaluation.get(), target, ids);
			} else {
				InterchangeExporter.exportFolder(evaluation.get(), target, ids);
			}
		} catch (IllegalStateException collision) {
			// Two people under one pseudonym: nothing was written (the export is built aside).
			err.println("hmis-eval: " + collision.getMessage());
			return EVALUATION_ERRORS;
		}
		return OK;
	}

	/** @return the first entry of an existing folder that an interchange export would not have written */
	private static Optional<String> foreignEntry(Path target) throws IOException {
		if (!Files.isDirectory(target)) {
			return Optional.empty();
		}
		Set<String> names = new HashSet<>();
		for (InterchangeFile file : InterchangeFormat.files()) {
			names.add(file.name());
		}
		try (Stream<Path> entries = Files.list(target)) {
			List<Path> all = entries.sorted().toList();
			for (Path entry : all) {
				if (!Files.isRegularFile(entry) || !names.contains(entry.getFileName().toString())) {
					return Optional.of(entry.getFileName().toString());
				}
			}
		}
		return Optional.empty();
	}
}
