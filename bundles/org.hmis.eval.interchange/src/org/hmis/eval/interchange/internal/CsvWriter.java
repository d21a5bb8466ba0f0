/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.util.List;

/** The text of one line of an interchange CSV file: comma separated, RFC 4180 quoting, with its line break. */
public final class CsvWriter {

	private CsvWriter() {
	}

	/** @return one CSV line of {@code cells}, quoted as the format asks, with its line break */
	public static String line(List<String> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(cells.get(i)));
		}
		return line.append('\n').toString();
	}

	/** RFC 4180: a cell holding a separator, a quote or a line break is quoted, its quotes doubled. */
	private static String cell(String cell) {
		boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
				|| cell.indexOf('\r') >= 0;
		return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
	}
}
