/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: comma separated, fields optionally enclosed in double quotes, a quote inside
 * a quoted field doubled, line breaks allowed inside quotes. Each record remembers the line on
 * which it starts so that errors can point at {@code file:line}. Every row ends with a line break
 * (CRLF, LF or CR): a last row without one is refused, since a file cut short looks just like that.
 */
public final class CsvParser {

	static final String UNTERMINATED = "the last row ends without a line break: the file may be truncated";

	private CsvParser() {
	}

	/**
	 * @param text the whole file, already decoded from UTF-8 (a byte order mark is skipped)
	 * @return the records, header included
	 * @throws CsvSyntaxException on a quote left open, or a last row without its line break
	 */
	public static List<CsvRecord> parse(String text) throws CsvSyntaxException {
		List<CsvRecord> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int recordLine = 1;
		boolean quoted = false;
		boolean fieldStarted = false;
		int start = text.startsWith("\uFEFF") ? 1 : 0;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					} else {
						quoted = false;
					}
				} else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			} else if (c == '"' && !fieldStarted) {
				quoted = true;
				fieldStarted = true;
			} else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				fieldStarted = false;
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				records.add(new CsvRecord(recordLine, fields));
				fields = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
				line++;
				recordLine = line;
			} else {
				field.append(c);
				fieldStarted = true;
			}
		}
		if (quoted) {
			throw new CsvSyntaxException(recordLine, "quoted field is not closed");
		}
		if (fieldStarted || !fields.isEmpty() || !field.isEmpty()) {
			fields.add(field.toString());
			if (!new CsvRecord(recordLine, fields).isBlank()) {
				// Every row of a complete file ends with a line break; a row without one is
				// most likely the end of a file cut short by a copy or a download.
				throw new CsvSyntaxException(recordLine, UNTERMINATED);
			}
		}
		return records;
	}

	/** A file that is not valid CSV. */
	public static final class CsvSyntaxException extends Exception {

		private static final long serialVersionUID = 1L;

		private final int line;

		public CsvSyntaxException(int line, String message) {
			super(message);
			this.line = line;
		}

		public int line() {
			return line;
		}
	}
}
