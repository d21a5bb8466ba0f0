/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.math.BigDecimal;
import java.util.List;

/** Builds the text of one interchange CSV file: header row, RFC 4180 quoting, '.' decimal point. */
public final class CsvWriter {

	private final StringBuilder text = new StringBuilder();
	private int rows;

	public CsvWriter(String... header) {
		row((Object[]) header);
		rows = 0;
	}

	/** Adds a row; null cells stay empty, decimals are written in plain notation. */
	public CsvWriter row(Object... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(cell(cells[i]));
		}
		text.append('\n');
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

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String cell = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
		boolean quote = List.of(",", "\"", "\n", "\r").stream().anyMatch(cell::contains);
		return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
	}
}
