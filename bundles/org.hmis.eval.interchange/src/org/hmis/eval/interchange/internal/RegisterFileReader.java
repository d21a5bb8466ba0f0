/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;
import org.hmis.eval.interchange.ImportProgress;
import org.hmis.eval.model.BeneficiaryRole;
import org.hmis.eval.model.ClaimStatus;
import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;
import org.hmis.eval.model.Sex;
import org.hmis.eval.model.registers.Amounts;
import org.hmis.eval.model.registers.Days;
import org.hmis.eval.model.registers.Register;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.model.registers.TextDictionary;

/**
 * Streams one register file into the tables being built: maps the header onto the declared
 * {@link RegisterColumn}s, reads each cell from its bytes by the column's kind (a date, an amount,
 * a literal of a closed list, a text looked up in a dictionary) and adds the row when every cell is
 * valid. Each refused cell is reported at {@code file:line} with the column and the reason; after
 * {@link #REPORTED_PER_FILE} problems in one file the rest are counted, not listed.
 */
public final class RegisterFileReader {

	/** How many problems of one file are listed one by one. */
	static final int REPORTED_PER_FILE = 200;

	private static final int INVALID = Integer.MIN_VALUE + 1;

	private final Register register;
	private final String file;
	private final Path path;
	private final RegisterTables.Builder builder;
	private final ProblemCollector problems;
	private final RegisterColumn[] columns;
	/** The literals of each column of a closed list, as arrays: looked up for every row. */
	private final Enumerator[][] literalsOf;
	private final int[] fieldOf;
	private final int[] dates;
	private final long[] amounts;
	private final int[] codes;
	private final Enumerator[] literals;
	private int reported;
	private long unreported;
	private CsvStream csv;
	private boolean rowValid;

	RegisterFileReader(Register register, Path folder, RegisterTables.Builder builder, ProblemCollector problems) {
		this.register = register;
		this.file = RegisterColumn.fileName(register);
		this.path = folder.resolve(file);
		this.builder = builder;
		this.problems = problems;
		this.columns = RegisterColumn.of(register).toArray(RegisterColumn[]::new);
		this.fieldOf = new int[columns.length];
		this.dates = new int[columns.length];
		this.amounts = new long[columns.length];
		this.codes = new int[columns.length];
		this.literals = new Enumerator[columns.length];
		this.literalsOf = new Enumerator[columns.length][];
		for (RegisterColumn column : columns) {
			literalsOf[column.index()] = column.literals().toArray(Enumerator[]::new);
		}
	}

	void read(RegisterFiles.RowLines lines) {
		problems.consulted(file);
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Optional<String> unreadable = InterchangeFiles.notAReadableFile(path);
		if (unreadable.isPresent()) {
			problems.error(file, 0, unreadable.get());
			return;
		}
		ImportProgress progress = problems.progress();
		progress.rowsRead(file, 0, false);
		try (InputStream in = Files.newInputStream(path)) {
			csv = new CsvStream(in);
			if (!csv.next()) {
				problems.error(file, 1, "no header row");
				return;
			}
			int fields = header();
			if (fields < 0) {
				return;
			}
			long rows = 0;
			while (csv.next()) {
				if (!csv.isUtf8()) {
					// The file is not text of the format's encoding: nothing after this line can be trusted.
					problems.error(file, csv.line(), "not UTF-8 text");
					return;
				}
				if (csv.isBlank()) {
					continue;
				}
				if (csv.fieldCount() != fields) {
					problem("the row has " + csv.fieldCount() + " fields but the header has " + fields);
					continue;
				}
				if (readRow()) {
					lines.add(csv.line());
				}
				if (++rows % CsvTable.PROGRESS_EVERY == 0) {
					progress.rowsRead(file, rows, false);
				}
			}
			if (csv.endedWithoutLineBreak()) {
				problem(CsvParser.UNTERMINATED);
			}
			progress.rowsRead(file, rows, true);
		} catch (CsvParser.CsvSyntaxException e) {
			problems.error(file, e.line(), e.getMessage());
		} catch (CharacterCodingException e) {
			problems.error(file, 1, "the header is not UTF-8 text");
		} catch (IOException e) {
			problems.error(file, 0, "cannot be read: " + InterchangeFiles.reason(e));
		}
		if (unreported > 0) {
			problems.error(file, 0, "and " + unreported + " more problems in this file");
		}
	}

	/** Maps the header's fields onto the declared columns; @return the number of fields, or -1 */
	private int header() throws CharacterCodingException {
		Arrays.fill(fieldOf, -1);
		boolean valid = true;
		for (int field = 0; field < csv.fieldCount(); field++) {
			String name = csv.text(field).trim();
			RegisterColumn column = Arrays.stream(columns).filter(c -> c.column().equals(name)).findFirst().orElse(null);
			if (column == null) {
				problems.warning(file, 1, "unknown column '" + name + "' ignored");
			} else if (fieldOf[column.index()] >= 0) {
				problems.error(file, 1, "column '" + name + "' appears twice");
				valid = false;
			} else {
				fieldOf[column.index()] = field;
			}
		}
		for (RegisterColumn column : columns) {
			if (column.required() && fieldOf[column.index()] < 0) {
				problems.error(file, 1, "required column '" + column.column() + "' is missing");
				valid = false;
			}
		}
		return valid ? csv.fieldCount() : -1;
	}

	private boolean readRow() {
		rowValid = true;
		for (int index = 0; index < columns.length; index++) {
			RegisterColumn column = columns[index];
			switch (column.kind()) {
			case DATE -> dates[index] = date(column);
			case AMOUNT -> amounts[index] = amount(column);
			case TEXT -> codes[index] = text(column);
			case LITERAL -> literals[index] = literal(column);
			}
		}
		if (rowValid) {
			add();
		}
		return rowValid;
	}

	private void add() {
		switch (register) {
		case CONTRACTS -> builder.contracts().add(codes[0], dates[1], dates[2], dates[4], amounts[3],
				(MembershipType) literals[5], (MembershipUnit) literals[6], codes[7], codes[8], codes[9]);
		case BENEFICIARIES -> builder.beneficiaries().add(codes[0], codes[1], (BeneficiaryRole) literals[2],
				(Sex) literals[3], dates[4], dates[5], dates[6]);
		case PAYMENTS -> builder.payments().add(codes[0], dates[1], dates[2], amounts[3]);
		case CLAIMS -> builder.claims().add(codes[0], codes[1], codes[2], codes[3], dates[4], (ClaimStatus) literals[5],
				amounts[6], amounts[7], dates[8], dates[9], dates[10], dates[11]);
		}
	}

	/** @return the dictionary a text column's values go to */
	private TextDictionary dictionary(RegisterColumn column) {
		return switch (column) {
		case CONTRACT_MEMBER, BENEFICIARY_MEMBER, PAYMENT_MEMBER -> builder.members();
		case BENEFICIARY_ID, CLAIM_BENEFICIARY -> builder.beneficiaryIds();
		case CLAIM_ID -> builder.claimIds();
		case CLAIM_PROVIDER -> builder.providers();
		case CLAIM_CATEGORY -> builder.categories();
		case CONTRACT_AREA -> builder.areas();
		case CONTRACT_PROMOTER -> builder.promoters();
		case CONTRACT_PLAN -> builder.plans();
		default -> throw new IllegalArgumentException(column + " is not a text column");
		};
	}

	// Cells: each reader trims the cell, reports a bad value at the row's line and marks the row invalid.

	private int cellStart;
	private int cellLength;

	/** Locates the trimmed cell of a column; @return false when the column is absent or the cell blank */
	private boolean cell(RegisterColumn column) {
		int field = fieldOf[column.ordinal() - columns[0].ordinal()];
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
			invalid(column, column.column() + " is empty");
		}
		return cellLength > 0;
	}

	private int text(RegisterColumn column) {
		if (!cell(column)) {
			return -1;
		}
		byte[] bytes = csv.bytes();
		for (int i = cellStart; i < cellStart + cellLength; i++) {
			if (bytes[i] < 0) {
				try {
					CsvStream.decode(bytes, cellStart, cellLength);
				} catch (CharacterCodingException e) {
					invalid(column, column.column() + " is not UTF-8 text");
					return -1;
				}
				break;
			}
		}
		return dictionary(column).add(bytes, cellStart, cellLength);
	}

	private int date(RegisterColumn column) {
		if (!cell(column)) {
			return Days.NONE;
		}
		byte[] b = csv.bytes();
		int s = cellStart;
		if (cellLength != 10 || b[s + 4] != '-' || b[s + 7] != '-' || !digits(b, s, 4) || !digits(b, s + 5, 2)
				|| !digits(b, s + 8, 2)) {
			invalid(column, column.column() + " is not a date (YYYY-MM-DD): '" + cellText() + "'");
			return INVALID;
		}
		int year = number(b, s, 4);
		int month = number(b, s + 5, 2);
		int day = number(b, s + 8, 2);
		if (!Days.isValid(year, month, day)) {
			invalid(column, column.column() + " is not a date of the calendar: '" + cellText() + "'");
			return INVALID;
		}
		if (year < YearIndex.FIRST_YEAR || year > YearIndex.LAST_YEAR) {
			invalid(column, column.column() + " is outside " + YearIndex.FIRST_YEAR + "-" + YearIndex.LAST_YEAR + ": " + cellText());
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
			invalid(column, column.column() + " is not a number: '" + cellText() + "'");
			return Amounts.NONE;
		}
		if (negative) {
			invalid(column, column.column() + " must not be negative: " + cellText());
			return Amounts.NONE;
		}
		if (decimals > Amounts.SCALE) {
			invalid(column, column.column() + " has more than " + Amounts.SCALE + " decimals: " + cellText());
			return Amounts.NONE;
		}
		if (integerDigits > 15 || units > Amounts.MAX_UNITS) {
			invalid(column, column.column() + " is too large: " + cellText());
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
		for (Enumerator value : literalsOf[column.index()]) {
			String literal = value.getLiteral();
			if (literal.length() == cellLength && matches(b, cellStart, literal)) {
				return value;
			}
		}
		invalid(column, column.column() + " must be one of "
				+ String.join(", ", column.literals().stream().map(Enumerator::getLiteral).sorted().toList()) + ": '"
				+ cellText() + "'");
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

	private void invalid(RegisterColumn column, String reason) {
		rowValid = false;
		problem(position(column.column()), reason);
	}

	private void problem(String reason) {
		problem(0, reason);
	}

	private void problem(int column, String reason) {
		if (reported < REPORTED_PER_FILE) {
			problems.error(file, csv.line(), column, reason);
			reported++;
		} else {
			unreported++;
		}
	}

	/** @return the 1-based position of a column in this file's header, 0 when the file lacks it */
	int position(String columnName) {
		for (RegisterColumn column : columns) {
			if (column.column().equals(columnName)) {
				return fieldOf[column.index()] + 1;
			}
		}
		return 0;
	}
}
