/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.hmis.eval.interchange.ImportProgress;

/**
 * One CSV file of an interchange folder, with its header checked against the columns the
 * specification expects. Unknown columns are reported as warnings; missing required columns as
 * errors on line 1.
 */
public final class CsvTable {

	/** How many rows a file gives between two progress reports (register files too). */
	static final int PROGRESS_EVERY = 4096;

	private final String fileName;
	private final Map<String, Integer> columns;
	private final List<CsvRow> rows;

	private CsvTable(String fileName, Map<String, Integer> columns, List<CsvRow> rows) {
		this.fileName = fileName;
		this.columns = columns;
		this.rows = rows;
	}

	/**
	 * Reads {@code folder/fileName} if it exists. A file of that name that exists but cannot be read
	 * as a file (a folder, a socket, a broken link, no permission) is an error, never taken as
	 * absent. The file is read as a stream; the import's {@link ProblemCollector#progress() progress}
	 * hears of the rows as they are read.
	 *
	 * @return the table, or empty when the file is absent or unreadable (unreadable is an error)
	 */
	public static Optional<CsvTable> read(Path folder, String fileName, Set<String> required, Set<String> optional,
			ProblemCollector problems) {
		problems.consulted(fileName);
		Path file = folder.resolve(fileName);
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		Optional<String> notAFile = InterchangeFiles.notAReadableFile(file);
		if (notAFile.isPresent()) {
			problems.error(fileName, 0, notAFile.get());
			return Optional.empty();
		}
		Reading reading = new Reading(fileName, required, optional, problems);
		problems.progress().rowsRead(fileName, 0, false);
		try (Reader reader = new Utf8Reader(Files.newInputStream(file))) {
			CsvParser.parse(reader, reading);
		} catch (CsvParser.CsvSyntaxException e) {
			problems.error(fileName, e.line(), e.getMessage());
			return Optional.empty();
		} catch (IOException e) {
			problems.error(fileName, 0, "cannot be read: " + InterchangeFiles.reason(e));
			return Optional.empty();
		}
		problems.progress().rowsRead(fileName, reading.count, true);
		if (reading.columns == null) {
			problems.error(fileName, 1, "no header row");
			return Optional.empty();
		}
		if (!reading.complete) {
			return Optional.empty();
		}
		return Optional.of(new CsvTable(fileName, reading.columns, reading.rows));
	}

	/** The records of one file as the parser hands them over: the header first, then the rows. */
	private static final class Reading implements Consumer<CsvRecord> {

		private final String fileName;
		private final Set<String> required;
		private final Set<String> optional;
		private final ProblemCollector problems;
		private final ImportProgress progress;
		private final List<CsvRow> rows = new ArrayList<>();
		private Map<String, Integer> columns;
		private int width;
		private boolean complete = true;
		private long count;

		Reading(String fileName, Set<String> required, Set<String> optional, ProblemCollector problems) {
			this.fileName = fileName;
			this.required = required;
			this.optional = optional;
			this.problems = problems;
			this.progress = problems.progress();
		}

		@Override
		public void accept(CsvRecord record) {
			if (columns == null) {
				header(record.fields());
				return;
			}
			if (++count % PROGRESS_EVERY == 0) {
				progress.rowsRead(fileName, count, false);
			}
			if (!complete || record.isBlank()) {
				return;
			}
			if (record.fields().size() != width) {
				// Never padded nor cut: a missing or extra separator shifts every value after it.
				problems.error(fileName, record.line(),
						"the row has " + record.fields().size() + " fields but the header has " + width);
				return;
			}
			rows.add(new CsvRow(fileName, record, columns, problems));
		}

		private void header(List<String> header) {
			columns = new HashMap<>();
			width = header.size();
			for (int i = 0; i < header.size(); i++) {
				String name = header.get(i).trim();
				if (columns.putIfAbsent(name, i) != null) {
					problems.error(fileName, 1, i + 1, "column '" + name + "' appears twice");
				} else if (!required.contains(name) && !optional.contains(name)) {
					problems.warning(fileName, 1, i + 1, "unknown column '" + name + "' ignored");
				}
			}
			for (String name : required) {
				if (!columns.containsKey(name)) {
					problems.error(fileName, 1, "required column '" + name + "' is missing");
					complete = false;
				}
			}
		}
	}

	public String fileName() {
		return fileName;
	}

	public boolean hasColumn(String name) {
		return columns.containsKey(name);
	}

	public List<CsvRow> rows() {
		return rows;
	}
}
