/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;

import org.eclipse.emf.common.util.Enumerator;
import org.hmis.eval.interchange.format.InterchangeFormat;
import org.hmis.eval.model.registers.Amounts;
import org.hmis.eval.model.registers.Days;

/**
 * The first half of reading a register file: turns the records after the header into rows of
 * typed cells ({@link RowBatch}), reporting each bad cell at its line and column. It touches no
 * dictionary and no table, so it can run on a thread of its own while {@link RegisterFileReader}
 * turns the previous batch's texts into codes: on two cores the two halves overlap.
 */
final class RowParser {

	private static final int INVALID = Integer.MIN_VALUE + 1;

	private final CsvStream csv;
	private final RegisterColumn[] columns;
	private final int[] fieldOf;
	private final Enumerator[][] literalsOf;
	private final int fields;
	private RowBatch batch;
	private boolean rowValid;
	private boolean finished;
	private int lastLine = 1;

	private final ImportMessages messages;

	RowParser(CsvStream csv, RegisterColumn[] columns, int[] fieldOf, int fields, ImportMessages messages) {
		this.messages = messages;
		this.csv = csv;
		this.columns = columns;
		this.fieldOf = fieldOf;
		this.fields = fields;
		this.literalsOf = new Enumerator[columns.length][];
		for (int index = 0; index < columns.length; index++) {
			literalsOf[index] = columns[index].literals().toArray(Enumerator[]::new);
		}
	}

	/**
	 * Fills {@code target} with the next rows (at most {@link RowBatch#CAPACITY}).
	 *
	 * @return false once the file is read to its end (the batch is then the last one)
	 */
	boolean fill(RowBatch target) {
		batch = target;
		batch.clear();
		if (finished) {
			batch.last = true;
			return false;
		}
		try {
			while (batch.rows < RowBatch.CAPACITY) {
				if (!csv.next()) {
					if (csv.endedWithoutLineBreak()) {
						batch.problem(lastLine, 0, messages.get("file.unterminated"));
					}
					return finish();
				}
				if (!csv.isUtf8()) {
					// Not text of the format's encoding: nothing after this line can be trusted.
					batch.problem(csv.line(), 0, messages.get("row.notUtf8"));
					return finish();
				}
				if (csv.isBlank()) {
					continue;
				}
				batch.seen++;
				lastLine = csv.line();
				if (csv.fieldCount() != fields) {
					batch.problem(csv.line(), 0, messages.get("row.fields", csv.fieldCount(), fields));
					continue;
				}
				readRow();
			}
			batch.offset = csv.offset();
			return true;
		} catch (CsvParser.CsvSyntaxException e) {
			batch.problem(e.line(), 0, e.reason(messages));
			return finish();
		} catch (IOException | RuntimeException e) {
			batch.failure = e;
			return finish();
		}
	}

	private boolean finish() {
		batch.offset = csv.offset();
		finished = true;
		batch.last = true;
		return false;
	}

	private void readRow() {
		rowValid = true;
		int r = batch.rows;
		batch.beginRow();
		for (int index = 0; index < columns.length; index++) {
			RegisterColumn column = columns[index];
			switch (column.kind()) {
			case DATE -> batch.dates[index][r] = date(column);
			case AMOUNT -> batch.amounts[index][r] = amount(column);
			case TEXT -> batch.textLength[index][r] = text(column, index);
			case LITERAL -> batch.literals[index][r] = literal(column);
			}
		}
		if (rowValid) {
			batch.lines[r] = csv.line();
			batch.rows++;
		}
	}

	// Cells: each reader trims the cell, reports a bad value at the row's line and marks the row invalid.

	private int cellStart;
	private int cellLength;

	/** Locates the trimmed cell of a column; @return false when the column is absent or the cell blank */
	private boolean cell(RegisterColumn column) {
		int field = fieldOf[index(column)];
		if (field < 0) {
			cellLength = 0;
			return false;
		}
		byte[] bytes = csv.bytes();
		int start = csv.start(field);
		int end = start + csv.length(field);
		while (start < end && (bytes[start] == ' ' || bytes[start] == '\t')) {
			start++;
		}
		while (end > start && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) {
			end--;
		}
		cellStart = start;
		cellLength = end - start;
		if (cellLength == 0 && column.required()) {
			invalid(column, messages.get("cell.empty", column.column()));
		}
		return cellLength > 0;
	}

	/** Copies a text cell into the batch; @return its length there, -1 when blank or invalid */
	private int text(RegisterColumn column, int index) {
		if (!cell(column)) {
			return -1;
		}
		byte[] bytes = csv.bytes();
		for (int i = cellStart; i < cellStart + cellLength; i++) {
			if (bytes[i] < 0) {
				try {
					CsvStream.decode(bytes, cellStart, cellLength);
				} catch (CharacterCodingException e) {
					invalid(column, messages.get("cell.notUtf8", column.column()));
					return -1;
				}
				break;
			}
		}
		// Claim ids are appended, not looked up (RegisterFileReader): no hash for them.
		batch.putText(index, bytes, cellStart, cellLength, column != RegisterColumn.CLAIM_ID);
		return cellLength;
	}

	private int date(RegisterColumn column) {
		if (!cell(column)) {
			return Days.NONE;
		}
		byte[] b = csv.bytes();
		int s = cellStart;
		if (cellLength != 10 || b[s + 4] != '-' || b[s + 7] != '-' || !digits(b, s, 4) || !digits(b, s + 5, 2)
				|| !digits(b, s + 8, 2)) {
			invalid(column, messages.get("cell.notDate", column.column(), cellText()));
			return INVALID;
		}
		int year = number(b, s, 4);
		int month = number(b, s + 5, 2);
		int day = number(b, s + 8, 2);
		if (!Days.isValid(year, month, day)) {
			invalid(column, messages.get("cell.notCalendar", column.column(), cellText()));
			return INVALID;
		}
		if (year < InterchangeFormat.FIRST_YEAR || year > InterchangeFormat.LAST_YEAR) {
			invalid(column, messages.get("cell.dateRange", column.column(), InterchangeFormat.FIRST_YEAR, InterchangeFormat.LAST_YEAR, cellText()));
			return INVALID;
		}
		return Days.of(year, month, day);
	}

	/** @return the amount in ten-thousandths ({@link Amounts}); the format fixes '.' and forbids separators */
	private long amount(RegisterColumn column) {
		if (!cell(column)) {
			return Amounts.NONE;
		}
		byte[] b = csv.bytes();
		int i = cellStart;
		int end = cellStart + cellLength;
		boolean negative = b[i] == '-';
		if (negative) {
			i++;
		}
		long units = 0;
		int integerDigits = 0;
		while (i < end && b[i] >= '0' && b[i] <= '9') {
			units = units * 10 + (b[i++] - '0');
			integerDigits++;
		}
		long fraction = 0;
		int decimals = 0;
		boolean wellFormed = integerDigits > 0;
		if (i < end && b[i] == '.') {
			i++;
			int fractionStart = i;
			while (i < end && b[i] >= '0' && b[i] <= '9') {
				i++;
			}
			wellFormed &= i > fractionStart;
			// Zeros after the fourth decimal change nothing; other digits there would be lost.
			decimals = i - fractionStart;
			while (decimals > Amounts.SCALE && b[fractionStart + decimals - 1] == '0') {
				decimals--;
			}
			for (int d = 0; d < Math.min(decimals, Amounts.SCALE); d++) {
				fraction = fraction * 10 + (b[fractionStart + d] - '0');
			}
		}
		if (!wellFormed || i != end) {
			invalid(column, messages.get("cell.notNumber", column.column(), cellText()));
			return Amounts.NONE;
		}
		if (negative) {
			invalid(column, messages.get("cell.negative", column.column(), cellText()));
			return Amounts.NONE;
		}
		if (decimals > Amounts.SCALE) {
			invalid(column, messages.get("cell.decimals", column.column(), Amounts.SCALE, cellText()));
			return Amounts.NONE;
		}
		if (integerDigits > 15 || units > Amounts.MAX_UNITS) {
			invalid(column, messages.get("cell.tooLarge", column.column(), cellText()));
			return Amounts.NONE;
		}
		for (int d = Math.min(decimals, Amounts.SCALE); d < Amounts.SCALE; d++) {
			fraction *= 10;
		}
		return units * 10_000L + fraction;
	}

	private Enumerator literal(RegisterColumn column) {
		if (!cell(column)) {
			return null;
		}
		byte[] b = csv.bytes();
		for (Enumerator value : literalsOf[index(column)]) {
			String literal = value.getLiteral();
			if (literal.length() == cellLength && matches(b, cellStart, literal)) {
				return value;
			}
		}
		invalid(column, messages.get("cell.oneOf", column.column(),
				String.join(", ", column.literals().stream().map(Enumerator::getLiteral).sorted().toList()), cellText()));
		return null;
	}

	private static boolean matches(byte[] b, int start, String ascii) {
		for (int i = 0; i < ascii.length(); i++) {
			if (b[start + i] != ascii.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static boolean digits(byte[] b, int start, int count) {
		for (int i = start; i < start + count; i++) {
			if (b[i] < '0' || b[i] > '9') {
				return false;
			}
		}
		return true;
	}

	private static int number(byte[] b, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			value = value * 10 + (b[i] - '0');
		}
		return value;
	}

	private String cellText() {
		try {
			return CsvStream.decode(csv.bytes(), cellStart, cellLength);
		} catch (CharacterCodingException e) {
			return "(not UTF-8 text)";
		}
	}

	/** @return the column's index among its register's columns (they are declared together, in order) */
	private int index(RegisterColumn column) {
		return column.ordinal() - columns[0].ordinal();
	}

	private void invalid(RegisterColumn column, String reason) {
		rowValid = false;
		batch.problem(csv.line(), fieldOf[index(column)] + 1, reason);
	}
}
