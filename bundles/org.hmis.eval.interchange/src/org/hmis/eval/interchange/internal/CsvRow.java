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
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;

/**
 * A data row of a {@link CsvTable}. The typed accessors report a bad value as an error located at
 * the row's line and return empty, so that one pass over a file finds all of its problems.
 */
public final class CsvRow {

	private final String fileName;
	private final CsvRecord record;
	private final Map<String, Integer> columns;
	private final ProblemCollector problems;

	CsvRow(String fileName, CsvRecord record, Map<String, Integer> columns, ProblemCollector problems) {
		this.fileName = fileName;
		this.record = record;
		this.columns = columns;
		this.problems = problems;
	}

	public int line() {
		return record.line();
	}

	/** @return the trimmed text of a column; empty when the column is absent or the cell blank */
	public Optional<String> text(String column) {
		Integer index = columns.get(column);
		if (index == null || index >= record.fields().size()) {
			return Optional.empty();
		}
		String value = record.fields().get(index).trim();
		return value.isEmpty() ? Optional.empty() : Optional.of(value);
	}

	/** @return the text of a required column, or an error "column is empty" */
	public Optional<String> requiredText(String column) {
		Optional<String> value = text(column);
		if (value.isEmpty()) {
			error(column, column + " is empty");
		}
		return value;
	}

	/**
	 * @return a finite, non-negative decimal amount ({@code .} as decimal point, no thousands
	 *         separator); an error otherwise
	 */
	public Optional<BigDecimal> amount(String column, boolean required) {
		Optional<String> text = required ? requiredText(column) : text(column);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Optional<BigDecimal> value = decimal(column, text.get());
		if (value.isPresent() && value.get().signum() < 0) {
			error(column, column + " must not be negative: " + text.get());
			return Optional.empty();
		}
		return value;
	}

	/** @return an optional decimal that may be negative (a population growth rate) */
	public Optional<BigDecimal> signedOptional(String column) {
		return text(column).flatMap(text -> decimal(column, text));
	}

	/** @return a decimal that may be negative (account lines such as a change in reserves) */
	public Optional<BigDecimal> signedAmount(String column) {
		return requiredText(column).flatMap(text -> decimal(column, text));
	}

	/** @return an integer within [min, max]; an error otherwise */
	public Optional<Integer> integer(String column, int min, int max, boolean required) {
		Optional<String> text = required ? requiredText(column) : text(column);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			int value = Integer.parseInt(text.get());
			if (value < min || value > max) {
				error(column, column + " must be between " + min + " and " + max + ": " + value);
				return Optional.empty();
			}
			return Optional.of(value);
		} catch (NumberFormatException e) {
			error(column, column + " is not a whole number: '" + text.get() + "'");
			return Optional.empty();
		}
	}

	/** @return a count: a whole number, zero or more; an error otherwise */
	public Optional<Long> count(String column, boolean required) {
		Optional<String> text = required ? requiredText(column) : text(column);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		if (!text.get().matches("\\d{1,18}")) {
			error(column, column + " is not a whole number of zero or more: '" + text.get() + "'");
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(text.get()));
	}

	/**
	 * @return the codes of a list cell, separated by {@code ;} (a comma would need quoting in
	 *         CSV); empty for a blank cell
	 */
	public List<String> codes(String column) {
		return text(column).map(value -> Arrays.stream(value.split(";")).map(String::trim).filter(code -> !code.isEmpty())
				.distinct().toList()).orElse(List.of());
	}

	/** @return true for "yes", false for "no", the default when blank; an error otherwise */
	public Optional<Boolean> yesNo(String column, boolean defaultValue) {
		Optional<String> text = text(column);
		if (text.isEmpty()) {
			return Optional.of(defaultValue);
		}
		return switch (text.get()) {
		case "yes" -> Optional.of(Boolean.TRUE);
		case "no" -> Optional.of(Boolean.FALSE);
		default -> {
			error(column, column + " must be yes or no: '" + text.get() + "'");
			yield Optional.empty();
		}
		};
	}

	/**
	 * @return an ISO date ({@code YYYY-MM-DD}) that exists in the calendar and lies within the
	 *         years the interchange format accepts; an error otherwise
	 */
	public Optional<LocalDate> date(String column, boolean required) {
		Optional<String> text = required ? requiredText(column) : text(column);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		if (!text.get().matches("\\d{4}-\\d{2}-\\d{2}")) {
			error(column, column + " is not a date (YYYY-MM-DD): '" + text.get() + "'");
			return Optional.empty();
		}
		try {
			LocalDate date = LocalDate.parse(text.get());
			if (date.getYear() < YearIndex.FIRST_YEAR || date.getYear() > YearIndex.LAST_YEAR) {
				error(column, column + " is outside " + YearIndex.FIRST_YEAR + "-" + YearIndex.LAST_YEAR + ": " + text.get());
				return Optional.empty();
			}
			return Optional.of(date);
		} catch (DateTimeParseException e) {
			error(column, column + " is not a date of the calendar: '" + text.get() + "'");
			return Optional.empty();
		}
	}

	/** @return the text of a column restricted to {@code allowed}, or {@code defaultValue} when blank */
	public Optional<String> choice(String column, Set<String> allowed, String defaultValue) {
		Optional<String> value = defaultValue == null ? requiredText(column) : text(column).or(() -> Optional.of(defaultValue));
		if (value.isPresent() && !allowed.contains(value.get())) {
			error(column, column + " must be one of " + String.join(", ", allowed.stream().sorted().toList()) + ": '"
					+ value.get() + "'");
			return Optional.empty();
		}
		return value;
	}

	/**
	 * @return the literal of a closed value list (an EEnum of the model) named by a column, or
	 *         {@code defaultValue} when blank ({@code null}: the column is required); an error
	 *         naming the allowed literals otherwise
	 */
	public <E extends Enumerator> Optional<E> literal(String column, List<E> values, E defaultValue) {
		Optional<String> text = defaultValue == null ? requiredText(column) : text(column);
		if (text.isEmpty()) {
			return Optional.ofNullable(defaultValue);
		}
		for (E value : values) {
			if (value.getLiteral().equals(text.get())) {
				return Optional.of(value);
			}
		}
		error(column, column + " must be one of "
				+ String.join(", ", values.stream().map(Enumerator::getLiteral).sorted().toList()) + ": '" + text.get()
				+ "'");
		return Optional.empty();
	}

	/**
	 * Reports an error at this row's line, and at the column the reason starts with when it starts
	 * with a column name ({@code "end_date ..."}, {@code "unknown member_id: ..."}), as
	 * {@link #error(String, String)} would.
	 */
	public void error(String reason) {
		problems.error(fileName, record.line(), columnNamedBy(reason), reason);
	}

	/**
	 * Reports an error at this row's line and at the position of {@code column} ({@code file:line:column});
	 * the reason should name the column too.
	 */
	public void error(String column, String reason) {
		Integer index = columns.get(column);
		problems.error(fileName, record.line(), index == null ? 0 : index + 1, reason);
	}

	/** @return the 1-based position of the column a reason starts with, or 0 when it names none */
	private int columnNamedBy(String reason) {
		int position = 0;
		int length = 0;
		for (Map.Entry<String, Integer> column : columns.entrySet()) {
			String name = column.getKey();
			boolean named = !name.isEmpty() && (reason.startsWith(name + " ") || reason.startsWith(name + ":")
					|| reason.startsWith("unknown " + name + ":"));
			if (named && name.length() > length) {
				position = column.getValue() + 1;
				length = name.length();
			}
		}
		return position;
	}

	private Optional<BigDecimal> decimal(String column, String text) {
		// The interchange format fixes '.' as decimal point and forbids exponents and separators.
		if (!text.matches("-?\\d+(\\.\\d+)?")) {
			error(column, column + " is not a number: '" + text + "'");
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(text));
	}
}
