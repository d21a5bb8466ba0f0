/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One CSV file of an interchange folder, with its header checked against the columns the
 * specification expects. Unknown columns are reported as warnings; missing required columns as
 * errors on line 1.
 */
public final class CsvTable {

	private final String fileName;
	private final Map<String, Integer> columns;
	private final List<CsvRow> rows;

	private CsvTable(String fileName, Map<String, Integer> columns, List<CsvRow> rows) {
		this.fileName = fileName;
		this.columns = columns;
		this.rows = rows;
	}

	/**
	 * Reads {@code folder/fileName} if it exists.
	 *
	 * @return the table, or empty when the file is absent or unreadable (unreadable is an error)
	 */
	public static Optional<CsvTable> read(Path folder, String fileName, Set<String> required, Set<String> optional,
			ProblemCollector problems) {
		Path file = folder.resolve(fileName);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		List<CsvRecord> records;
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
			records = CsvParser.parse(text);
		} catch (CharacterCodingException e) {
			problems.error(fileName, 0, "not UTF-8 text");
			return Optional.empty();
		} catch (CsvParser.CsvSyntaxException e) {
			problems.error(fileName, e.line(), e.getMessage());
			return Optional.empty();
		} catch (IOException e) {
			problems.error(fileName, 0, "cannot be read: " + e.getMessage());
			return Optional.empty();
		}
		if (records.isEmpty()) {
			problems.error(fileName, 1, "no header row");
			return Optional.empty();
		}
		Map<String, Integer> columns = new HashMap<>();
		List<String> header = records.get(0).fields();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).trim();
			if (columns.putIfAbsent(name, i) != null) {
				problems.error(fileName, 1, i + 1, "column '" + name + "' appears twice");
			} else if (!required.contains(name) && !optional.contains(name)) {
				problems.warning(fileName, 1, i + 1, "unknown column '" + name + "' ignored");
			}
		}
		boolean complete = true;
		for (String name : required) {
			if (!columns.containsKey(name)) {
				problems.error(fileName, 1, "required column '" + name + "' is missing");
				complete = false;
			}
		}
		if (!complete) {
			return Optional.empty();
		}
		List<CsvRow> rows = new ArrayList<>();
		for (CsvRecord record : records.subList(1, records.size())) {
			if (record.isBlank()) {
				continue;
			}
			if (record.fields().size() != header.size()) {
				// Never padded nor cut: a missing or extra separator shifts every value after it.
				problems.error(fileName, record.line(),
						"the row has " + record.fields().size() + " fields but the header has " + header.size());
				continue;
			}
			rows.add(new CsvRow(fileName, record, columns, problems));
		}
		return Optional.of(new CsvTable(fileName, columns, rows));
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
