/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.hmis.eval.interchange.format.Column;
import org.hmis.eval.interchange.format.InterchangeFormat;

/**
 * A data row of a {@link CsvTable}: a line of a CSV file or a row of a workbook sheet, its cells
 * as text. {@link #value(Column)} reads a cell as its column's declaration says; a bad value is
 * reported at the cell ({@code file:line:column} or {@code sheet!cell}) so that one pass over a
 * file finds all of its problems.
 */
public final class CsvRow {

	/** What {@link #value(Column)} returns for a cell it refused (the problem is reported). */
	public static final Object INVALID = new Object() {
		@Override
		public String toString() {
			return "invalid";
		}
	};

	private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
	private static final Pattern COUNT = Pattern.compile("\\d{1,18}");
	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final CsvTable table;
	private final CsvRecord record;
	private final Map<String, Integer> columns;

	CsvRow(CsvTable table, CsvRecord record, Map<String, Integer> columns) {
		this.table = table;
		this.record = record;
		this.columns = columns;
	}

	public int line() {
		return record.line();
	}

	/** @return the trimmed text of a column; empty when the column is absent or the cell blank */
	public Optional<String> text(String header) {
		Integer index = columns.get(header);
		if (index == null || index >= record.fields().size()) {
			return Optional.empty();
		}
		String value = record.fields().get(index).trim();
		return value.isEmpty() ? Optional.empty() : Optional.of(value);
	}

	/**
	 * @return the value of the column's cell, typed as its declaration says (see
	 *         {@link org.hmis.eval.interchange.format.ColumnType}); the declared default for a blank
	 *         cell, null for a blank optional cell without default, {@link #INVALID} when the cell is
	 *         refused (a required cell left blank, a value of the wrong kind)
	 */
	public Object value(Column column) {
		return value(column, column.name());
	}

	/**
	 * Reads the cell of header {@code cellColumn} as {@code declared} says: a settings file
	 * (key/value) reads every key's value from its {@code value} column.
	 */
	public Object value(Column declared, String cellColumn) {
		Optional<String> text = text(cellColumn);
		if (text.isEmpty()) {
			if (declared.defaultValue().isPresent()) {
				return declared.defaultValue().get();
			}
			if (declared.isRequired()) {
				return refuse(cellColumn, "cell.empty", declared.name());
			}
			return null;
		}
		return parse(declared, cellColumn, text.get());
	}

	private Object parse(Column declared, String cellColumn, String text) {
		String name = declared.name();
		return switch (declared.type()) {
		case TEXT -> text;
		case NAMES -> Arrays.stream(text.split(";")).map(String::trim).filter(code -> !code.isEmpty()).distinct()
				.toList();
		case AMOUNT -> {
			Object decimal = decimal(cellColumn, name, text);
			yield decimal instanceof BigDecimal d && d.signum() < 0 ? refuse(cellColumn, "cell.negative", name, text)
					: decimal;
		}
		case DECIMAL -> decimal(cellColumn, name, text);
		case COUNT -> COUNT.matcher(text).matches() ? (Object) Long.valueOf(text)
				: refuse(cellColumn, "cell.notCount", name, text);
		case WHOLE_NUMBER -> wholeNumber(declared, cellColumn, text);
		case YES_NO -> switch (text) {
		case "yes" -> Boolean.TRUE;
		case "no" -> Boolean.FALSE;
		default -> refuse(cellColumn, "cell.yesNo", name, text);
		};
		case DATE -> date(cellColumn, name, text);
		case CHOICE -> declared.choiceOf(text).orElseGet(() -> refuse(cellColumn, "cell.oneOf", name,
				String.join(", ", declared.choices().stream().sorted().toList()), text));
		};
	}

	private Object wholeNumber(Column declared, String cellColumn, String text) {
		try {
			int value = Integer.parseInt(text);
			if (value < declared.min() || value > declared.max()) {
				return refuse(cellColumn, "cell.range", declared.name(), declared.min(), declared.max(), value);
			}
			return value;
		} catch (NumberFormatException e) {
			return refuse(cellColumn, "cell.notWhole", declared.name(), text);
		}
	}

	private Object decimal(String cellColumn, String name, String text) {
		// The interchange format fixes '.' as decimal point and forbids exponents and separators.
		return DECIMAL.matcher(text).matches() ? new BigDecimal(text) : refuse(cellColumn, "cell.notNumber", name, text);
	}

	private Object date(String cellColumn, String name, String text) {
		if (!ISO_DATE.matcher(text).matches()) {
			return refuse(cellColumn, "cell.notDate", name, text);
		}
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.getYear() < InterchangeFormat.FIRST_YEAR || date.getYear() > InterchangeFormat.LAST_YEAR) {
				return refuse(cellColumn, "cell.dateRange", name, InterchangeFormat.FIRST_YEAR,
						InterchangeFormat.LAST_YEAR, text);
			}
			return date;
		} catch (DateTimeParseException e) {
			return refuse(cellColumn, "cell.notCalendar", name, text);
		}
	}

	private Object refuse(String cellColumn, String key, Object... arguments) {
		error(cellColumn, table.messages().get(key, arguments));
		return INVALID;
	}

	/** @return the message of {@code key} in the import's language */
	public String message(String key, Object... arguments) {
		return table.messages().get(key, arguments);
	}

	/** Reports an error at the cell of a declared column. */
	public void error(Column column, String reason) {
		error(column.name(), reason);
	}

	/** Reports an error at the cell of a header column; the reason names the column too. */
	public void error(String header, String reason) {
		Integer index = columns.get(header);
		table.error(record.line(), index == null ? 0 : index + 1, reason);
	}

	/** Reports an error about the whole row. */
	public void error(String reason) {
		table.error(record.line(), 0, reason);
	}

	/** Reports a warning about the whole row. */
	public void warning(String reason) {
		table.warning(record.line(), 0, reason);
	}

	/** @return the row's cells, for a key made of several columns */
	List<String> fields() {
		return record.fields();
	}
}
