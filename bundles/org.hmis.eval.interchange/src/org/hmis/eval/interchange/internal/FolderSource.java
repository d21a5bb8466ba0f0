/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.hmis.eval.interchange.format.InterchangeFile;
import org.hmis.eval.model.Evaluation;

/** An interchange folder of CSV files (specification, section 1). */
public final class FolderSource implements InterchangeSource {

	private final Path folder;

	public FolderSource(Path folder) {
		this.folder = folder;
	}

	@Override
	public Optional<CsvTable> table(InterchangeFile file, ProblemCollector problems) {
		return CsvTable.read(folder, file, problems);
	}

	@Override
	public void readRegisters(Evaluation evaluation, ProblemCollector problems) {
		RegisterFiles.read(folder, evaluation, problems);
	}

	/** A CSV file no reader looked for (a misspelt name, say) is not read: say so. */
	@Override
	public void warnOfUnknownFiles(ProblemCollector problems) {
		Set<String> consulted = problems.consulted();
		try (Stream<Path> entries = Files.list(folder)) {
			entries.map(entry -> entry.getFileName().toString())
					.filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".csv") && !consulted.contains(name)).sorted()
					.forEach(name -> problems.warning(name, 0, problems.messages().get("file.unknown")));
		} catch (IOException e) {
			problems.error(folder.getFileName().toString(), 0,
					problems.messages().get("file.unreadable", InterchangeFiles.reason(e)));
		}
	}

	@Override
	public String defaultName() {
		return folder.getFileName().toString();
	}
}
