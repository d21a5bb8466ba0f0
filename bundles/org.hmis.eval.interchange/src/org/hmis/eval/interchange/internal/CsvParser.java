/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An RFC 4180 reader: comma separated, fields optionally enclosed in double quotes, a quote inside
 * a quoted field doubled, line breaks allowed inside quotes. Each record remembers the line on
 * which it starts so that errors can point at {@code file:line}. Every row ends with a line break
 * (CRLF, LF or CR): a last row without one is refused, since a file cut short looks just like that.
 * The text is read as a stream, record by record, so that a file is never held whole in memory
 * as text.
 */
public final class CsvParser {


	private CsvParser() {
	}

	/**
	 * @param text the whole file, already decoded from UTF-8 (a byte order mark is skipped)
	 * @return the records, header included
	 * @throws CsvSyntaxException on a quote left open, or a last row without its line break
	 */
	public static List<CsvRecord> parse(String text) throws CsvSyntaxException {
		List<CsvRecord> records = new ArrayList<>();
		try {
			parse(new StringReader(text), records::add);
		} catch (IOException e) {
			throw new UncheckedIOException("a string cannot fail to be read", e);
		}
		return records;
	}

	/**
	 * Reads records one after the other and hands each to {@code sink} as soon as it is complete.
	 *
	 * @param reader the text of the file (a byte order mark is skipped)
	 * @throws CsvSyntaxException on a quote left open, a last row without its line break, or text
	 *         that is not UTF-8 (when the reader reports malformed input), at the line concerned
	 * @throws IOException when the reader fails otherwise
	 */
	public static void parse(Reader reader, Consumer<CsvRecord> sink) throws CsvSyntaxException, IOException {
		Chars chars = new Chars(reader);
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int recordLine = 1;
		boolean quoted = false;
		boolean fieldStarted = false;
		try {
			if (chars.peek() == '\uFEFF') {
				chars.next();
			}
			for (int c = chars.next(); c >= 0; c = chars.next()) {
				if (quoted) {
					if (c == '"') {
						if (chars.peek() == '"') {
							field.append('"');
							chars.next();
						} else {
							quoted = false;
						}
					} else {
						if (c == '\n') {
							line++;
						}
						field.append((char) c);
					}
				} else if (c == '"' && !fieldStarted) {
					quoted = true;
					fieldStarted = true;
				} else if (c == ',') {
					fields.add(field.toString());
					field.setLength(0);
					fieldStarted = false;
				} else if (c == '\n' || c == '\r') {
					if (c == '\r' && chars.peek() == '\n') {
						chars.next();
					}
					fields.add(field.toString());
					sink.accept(new CsvRecord(recordLine, fields));
					fields = new ArrayList<>();
					field.setLength(0);
					fieldStarted = false;
					line++;
					recordLine = line;
				} else {
					field.append((char) c);
					fieldStarted = true;
				}
			}
		} catch (CharacterCodingException e) {
			throw new CsvSyntaxException(line, "row.notUtf8");
		}
		if (quoted) {
			throw new CsvSyntaxException(recordLine, "row.unclosedQuote");
		}
		if (fieldStarted || !fields.isEmpty() || !field.isEmpty()) {
			fields.add(field.toString());
			if (!new CsvRecord(recordLine, fields).isBlank()) {
				// Every row of a complete file ends with a line break; a row without one is
				// most likely the end of a file cut short by a copy or a download.
				throw new CsvSyntaxException(recordLine, "file.unterminated");
			}
		}
	}

	/** The characters of a reader, read a block at a time, with one character of look-ahead. */
	private static final class Chars {

		private final Reader reader;
		private final char[] buffer = new char[1 << 16];
		private int position;
		private int limit;

		Chars(Reader reader) {
			this.reader = reader;
		}

		int next() throws IOException {
			if (position == limit && !fill()) {
				return -1;
			}
			return buffer[position++];
		}

		int peek() throws IOException {
			if (position == limit && !fill()) {
				return -1;
			}
			return buffer[position];
		}

		private boolean fill() throws IOException {
			int read;
			do {
				read = reader.read(buffer, 0, buffer.length);
			} while (read == 0);
			if (read < 0) {
				return false;
			}
			position = 0;
			limit = read;
			return true;
		}
	}

	/** A file that is not valid CSV; its reason is a key of the import's messages. */
	public static final class CsvSyntaxException extends Exception {

		private static final long serialVersionUID = 1L;

		private final int line;
		private final String key;

		/** @param key the reason's key in {@link ImportMessages} (the message is the English text) */
		public CsvSyntaxException(int line, String key) {
			super(ImportMessages.ENGLISH.get(key));
			this.line = line;
			this.key = key;
		}

		/** @return the reason in the import's language */
		public String reason(ImportMessages messages) {
			return messages.get(key);
		}

		public int line() {
			return line;
		}
	}
}
