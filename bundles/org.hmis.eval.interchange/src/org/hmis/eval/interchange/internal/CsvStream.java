/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads an RFC 4180 file record by record straight from its bytes, without decoding it into one
 * string or a string per cell: a register of five million claims streams through a buffer of one
 * megabyte, and each cell is handed over as a slice of that buffer ({@link #bytes()},
 * {@link #start(int)}, {@link #length(int)}). Quoted cells may hold commas, doubled quotes and line
 * breaks; their quotes are removed before the slice is handed over. Records remember the line on
 * which they start. The file must end with a line break: a last row without one is reported by
 * {@link #endedWithoutLineBreak()}, since a file cut off in the middle of a row would otherwise
 * give a shortened last value that looks valid.
 */
public final class CsvStream {

	private static final int INITIAL_BUFFER = 1 << 20;

	private final InputStream in;
	private byte[] buffer = new byte[INITIAL_BUFFER];
	private int position;
	private int limit;
	private boolean endOfInput;
	private int line = 1;
	private int recordLine;
	private int fields;
	private int[] starts = new int[32];
	private int[] lengths = new int[32];
	private boolean[] quotedFields = new boolean[32];
	private boolean endedWithoutLineBreak;
	private boolean firstRecord = true;
	private boolean highBytes;
	private int recordStart;
	private int recordEnd;
	/** Bytes of the input before {@code buffer[0]}. */
	private long shifted;

	public CsvStream(InputStream in) {
		this.in = in;
	}

	/**
	 * Moves to the next record.
	 *
	 * @return false at the end of the file
	 * @throws CsvParser.CsvSyntaxException on a quote left open at the end of the file
	 */
	public boolean next() throws IOException, CsvParser.CsvSyntaxException {
		while (true) {
			if (position >= limit && !fill()) {
				return false;
			}
			if (firstRecord && skipByteOrderMark()) {
				continue;
			}
			int end = scanRecord();
			if (end >= 0) {
				unescapeQuotedFields();
				firstRecord = false;
				return true;
			}
			if (endOfInput) {
				throw new CsvParser.CsvSyntaxException(line, "row.unclosedQuote");
			}
			// The record runs past the buffered bytes: keep its start, read more, scan it again.
			if (!fill()) {
				endOfInput = true;
			}
		}
	}

	/**
	 * @return whether the current record is valid UTF-8; checked only for records holding a byte
	 *         above 0x7F, since ASCII is always valid
	 */
	public boolean isUtf8() {
		if (!highBytes) {
			return true;
		}
		try {
			decode(buffer, recordStart, recordEnd - recordStart);
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	/** @return the bytes of the input read up to the end of the current record */
	public long offset() {
		return shifted + position;
	}

	/** @return the line on which the current record starts */
	public int line() {
		return recordLine;
	}

	/** @return the number of fields of the current record */
	public int fieldCount() {
		return fields;
	}

	/** @return the array holding the current record's cells */
	public byte[] bytes() {
		return buffer;
	}

	public int start(int field) {
		return starts[field];
	}

	public int length(int field) {
		return lengths[field];
	}

	/** @return whether the current record has one empty field only (a blank line) */
	public boolean isBlank() {
		return fields == 1 && lengths[0] == 0;
	}

	/** @return whether the file's last record ended at the end of the file, without a line break */
	public boolean endedWithoutLineBreak() {
		return endedWithoutLineBreak;
	}

	/** @return the cell as text (header cells, messages), checked to be UTF-8 */
	public String text(int field) throws CharacterCodingException {
		return decode(buffer, starts[field], lengths[field]);
	}

	/** @return UTF-8 text of a slice; malformed bytes are an error, never replaced */
	public static String decode(byte[] bytes, int start, int length) throws CharacterCodingException {
		return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, length)).toString();
	}

	private boolean skipByteOrderMark() throws IOException {
		while (limit - position < 3 && !endOfInput) {
			if (!fill()) {
				endOfInput = true;
			}
		}
		if (limit - position >= 3 && buffer[position] == (byte) 0xEF && buffer[position + 1] == (byte) 0xBB
				&& buffer[position + 2] == (byte) 0xBF) {
			position += 3;
			firstRecord = false;
			return true;
		}
		firstRecord = false;
		return false;
	}

	/**
	 * Scans one record from {@link #position}: fields, their slices, the line count.
	 *
	 * @return the index after the record (its line break consumed), or -1 when the buffered bytes
	 *         end inside the record and more input may follow
	 */
	private int scanRecord() {
		int i = position;
		int lines = 0;
		fields = 0;
		highBytes = false;
		while (true) {
			int fieldStart = i;
			boolean quoted = i < limit && buffer[i] == '"';
			if (quoted) {
				i++;
				while (true) {
					if (i >= limit) {
						return incomplete();
					}
					byte b = buffer[i];
					if (b == '"') {
						if (i + 1 >= limit && !endOfInput) {
							return incomplete();
						}
						if (i + 1 < limit && buffer[i + 1] == '"') {
							i += 2;
							continue;
						}
						i++;
						break;
					}
					if (b == '\n') {
						lines++;
					}
					i++;
				}
			}
			while (i < limit && buffer[i] != ',' && buffer[i] != '\n' && buffer[i] != '\r') {
				i++;
			}
			if (i >= limit && !endOfInput) {
				return incomplete();
			}
			addField(fieldStart, i, quoted);
			if (i >= limit) {
				// End of the file without a line break after the last record.
				endedWithoutLineBreak = true;
				return finish(i, lines);
			}
			byte separator = buffer[i];
			if (separator == ',') {
				i++;
				continue;
			}
			if (separator == '\r') {
				if (i + 1 >= limit && !endOfInput) {
					return incomplete();
				}
				i += i + 1 < limit && buffer[i + 1] == '\n' ? 2 : 1;
			} else {
				i++;
			}
			return finish(i, lines + 1);
		}
	}

	private int incomplete() {
		return -1;
	}

	private int finish(int end, int lines) {
		recordStart = position;
		recordEnd = end;
		for (int i = position; i < end && !highBytes; i++) {
			highBytes = buffer[i] < 0;
		}
		recordLine = line;
		line += lines;
		position = end;
		return end;
	}

	private void addField(int from, int to, boolean quoted) {
		if (fields == starts.length) {
			starts = Arrays.copyOf(starts, fields * 2);
			lengths = Arrays.copyOf(lengths, fields * 2);
			quotedFields = Arrays.copyOf(quotedFields, fields * 2);
		}
		starts[fields] = from;
		lengths[fields] = to - from;
		quotedFields[fields] = quoted;
		fields++;
	}

	/**
	 * Removes the enclosing quotes and undoubles inner quotes of quoted cells, in place (the text
	 * only gets shorter). Text after the closing quote ({@code "a"b}) is kept, as a lenient reader
	 * would.
	 */
	private void unescapeQuotedFields() {
		for (int f = 0; f < fields; f++) {
			if (!quotedFields[f]) {
				continue;
			}
			int from = starts[f];
			int to = from + lengths[f];
			int write = from;
			int i = from + 1;
			boolean inQuotes = true;
			while (i < to) {
				byte b = buffer[i];
				if (inQuotes && b == '"') {
					if (i + 1 < to && buffer[i + 1] == '"') {
						buffer[write++] = '"';
						i += 2;
						continue;
					}
					inQuotes = false;
					i++;
					continue;
				}
				buffer[write++] = b;
				i++;
			}
			lengths[f] = write - from;
		}
	}

	/** Reads more input after the unscanned bytes; @return false at the end of the input */
	private boolean fill() throws IOException {
		if (endOfInput) {
			return false;
		}
		if (position > 0) {
			System.arraycopy(buffer, position, buffer, 0, limit - position);
			shifted += position;
			limit -= position;
			position = 0;
		}
		if (limit == buffer.length) {
			buffer = Arrays.copyOf(buffer, buffer.length * 2);
		}
		int read = in.read(buffer, limit, buffer.length - limit);
		if (read < 0) {
			endOfInput = true;
			return limit > position;
		}
		limit += read;
		return true;
	}
}
