/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds the text of one interchange CSV file: header row, RFC 4180 quoting, '.' decimal point. */
public final class CsvWriter {

	private final StringBuilder text = new StringBuilder();
	private final List<List<String>> cells = new ArrayList<>();
	private int rows;

	public CsvWriter(String... header) {
		row((Object[]) header);
		rows = 0;
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

	/** @return the header and the rows as the texts of their cells (empty for null), for workbooks */
	public List<List<String>> cells() {
		return List.copyOf(cells);
	}

	/** Adds a row; null cells stay empty, decimals are written in plain notation. */
	public CsvWriter row(Object... cells) {
		List<String> texts = new ArrayList<>(cells.length);
		for (Object cell : cells) {
			texts.add(cell == null ? "" : cell instanceof BigDecimal decimal ? decimal.toPlainString() : cell.toString());
		}
		this.cells.add(texts);
		text.append(line(texts));
		rows++;
		return this;
	}

	/** @return true when no data row was added */
	public boolean isEmpty() {
		return rows == 0;
	}

	@Override
	public String toString() {
		return text.toString();
	}

	/** RFC 4180: a cell holding a separator, a quote or a line break is quoted, its quotes doubled. */
	private static String cell(String cell) {
		boolean quote = List.of(",", "\"", "\n", "\r").stream().anyMatch(cell::contains);
		return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
	}
}
