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
import java.util.function.Consumer;

import org.hmis.eval.interchange.ImportProgress;
import org.hmis.eval.interchange.format.Column;
import org.hmis.eval.interchange.format.InterchangeFile;

/**
 * One file of an interchange folder, or one sheet of a workbook, with its header checked against
 * the file's declaration ({@link InterchangeFile}): unknown columns are warnings, missing required
 * columns errors on line 1. Problems are placed as {@code file:line:column} for a CSV file and as
 * {@code sheet!cell} for a sheet.
 */
public final class CsvTable {

	/** How many rows a file gives between two progress reports (register files too). */
	static final int PROGRESS_EVERY = 4096;

	/** The header of a settings file ({@link InterchangeFile.Layout#SETTINGS}): one row per key. */
	public static final String KEY = "key";
	public static final String VALUE = "value";

	private final String name;
	private final boolean sheet;
	private final ProblemCollector problems;
	private final List<CsvRow> rows = new ArrayList<>();
	private Map<String, Integer> columns;
	private int width;
	private boolean complete = true;

	private CsvTable(String name, boolean sheet, ProblemCollector problems) {
		this.name = name;
		this.sheet = sheet;
		this.problems = problems;
	}

	/**
	 * Reads the file of {@code file} in {@code folder} if it exists. A file of that name that exists
	 * but cannot be read as a file (a folder, a socket, a broken link, no permission) is an error,
	 * never taken as absent. The file is read as a stream; the import's progress hears of the rows.
	 *
	 * @return the table, or empty when the file is absent or unreadable (unreadable is an error)
	 */
	public static Optional<CsvTable> read(Path folder, InterchangeFile file, ProblemCollector problems) {
		String fileName = file.name();
		problems.consulted(fileName);
		Path path = folder.resolve(fileName);
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		Optional<String> notAFile = InterchangeFiles.notAReadableFile(path);
		if (notAFile.isPresent()) {
			problems.error(fileName, 0, notAFile.get());
			return Optional.empty();
		}
		CsvTable table = new CsvTable(fileName, false, problems);
		Reading reading = new Reading(table, file);
		problems.progress().rowsRead(fileName, 0, false);
		try (Reader reader = new Utf8Reader(Files.newInputStream(path))) {
			CsvParser.parse(reader, reading);
		} catch (CsvParser.CsvSyntaxException e) {
			problems.error(fileName, e.line(), e.reason(problems.messages()));
			return Optional.empty();
		} catch (IOException e) {
			problems.error(fileName, 0, problems.messages().get("file.unreadable", InterchangeFiles.reason(e)));
			return Optional.empty();
		}
		problems.progress().rowsRead(fileName, reading.count, true);
		return table.finish();
	}

	/**
	 * @param records the sheet's rows as text, the header first; row numbers as the sheet shows them
	 * @return the table of a workbook sheet named after {@code file}'s stem
	 */
	public static Optional<CsvTable> ofSheet(InterchangeFile file, List<CsvRecord> records, ProblemCollector problems) {
		problems.consulted(file.name());
		CsvTable table = new CsvTable(file.stem(), true, problems);
		Reading reading = new Reading(table, file);
		records.forEach(reading);
		problems.progress().rowsRead(file.name(), reading.count, true);
		return table.finish();
	}

	private Optional<CsvTable> finish() {
		if (columns == null) {
			error(1, 0, messages().get("header.none"));
			return Optional.empty();
		}
		return complete ? Optional.of(this) : Optional.empty();
	}

	/** The records of one file as they come: the header first, then the rows. */
	private static final class Reading implements Consumer<CsvRecord> {

		private final CsvTable table;
		private final InterchangeFile file;
		private final ImportProgress progress;
		private long count;

		Reading(CsvTable table, InterchangeFile file) {
			this.table = table;
			this.file = file;
			this.progress = table.problems.progress();
		}

		@Override
		public void accept(CsvRecord record) {
			if (table.columns == null) {
				table.header(record, file);
				return;
			}
			if (++count % PROGRESS_EVERY == 0) {
				progress.rowsRead(file.name(), count, false);
			}
			if (!table.complete || record.isBlank()) {
				return;
			}
			if (record.fields().size() != table.width) {
				// Never padded nor cut: a missing or extra separator shifts every value after it.
				table.error(record.line(), 0, table.messages().get("row.fields", record.fields().size(), table.width));
				return;
			}
			table.rows.add(new CsvRow(table, record, table.columns));
		}
	}

	private void header(CsvRecord record, InterchangeFile file) {
		List<String> header = record.fields();
		List<String> required = new ArrayList<>();
		List<String> known = new ArrayList<>();
		if (file.layout() == InterchangeFile.Layout.SETTINGS) {
			required.addAll(List.of(KEY, VALUE));
			known.addAll(required);
		} else {
			file.columns().stream().filter(Column::isRequired).map(Column::name).forEach(required::add);
			file.columns().stream().map(Column::name).forEach(known::add);
		}
		columns = new HashMap<>();
		width = header.size();
		for (int i = 0; i < header.size(); i++) {
			String column = header.get(i).trim();
			if (columns.putIfAbsent(column, i) != null) {
				error(record.line(), i + 1, messages().get("header.twice", column));
			} else if (!known.contains(column)) {
				warning(record.line(), i + 1, messages().get("header.unknown", column));
			}
		}
		for (String column : required) {
			if (!columns.containsKey(column)) {
				error(record.line(), 0, messages().get("header.missing", column));
				complete = false;
			}
		}
	}

	/** @return the file's name ({@code accounts.csv}) or the sheet's ({@code accounts}) */
	public String name() {
		return name;
	}

	public boolean hasColumn(String column) {
		return columns.containsKey(column);
	}

	public List<CsvRow> rows() {
		return rows;
	}

	ImportMessages messages() {
		return problems.messages();
	}

	void error(int line, int column, String reason) {
		if (sheet) {
			problems.sheetError(name, line, column, reason);
		} else {
			problems.error(name, line, column, reason);
		}
	}

	void warning(int line, int column, String reason) {
		if (sheet) {
			problems.sheetWarning(name, line, column, reason);
		} else {
			problems.warning(name, line, column, reason);
		}
	}
}
