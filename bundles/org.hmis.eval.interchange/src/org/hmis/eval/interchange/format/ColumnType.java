/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.format;

/**
 * How the text of a cell is read, and so which Java value it becomes: the same for a CSV field and
 * a workbook cell. Every kind refuses what it cannot read with the column's position.
 */
public enum ColumnType {
	/** Free text, trimmed; an id or a name. Becomes a {@link String}. */
	TEXT,
	/** Codes separated by {@code ;} (a comma would need quoting). Becomes a list of strings. */
	NAMES,
	/** A whole number within the column's bounds. Becomes an {@link Integer}. */
	WHOLE_NUMBER,
	/** A whole number, zero or more. Becomes a {@link Long}. */
	COUNT,
	/** A decimal, zero or more, {@code .} as decimal point. Becomes a {@link java.math.BigDecimal}. */
	AMOUNT,
	/** A decimal that may be negative. Becomes a {@link java.math.BigDecimal}. */
	DECIMAL,
	/** An ISO date {@code YYYY-MM-DD} of the calendar, 1900 to 2100. Becomes a {@link java.time.LocalDate}. */
	DATE,
	/** {@code yes} or {@code no}. Becomes a {@link Boolean}. */
	YES_NO,
	/**
	 * One literal of a closed list: an EEnum of the model (becomes its
	 * {@link org.eclipse.emf.common.util.Enumerator}) or a reference list (becomes the code).
	 */
	CHOICE;

	/** @return true when a workbook holds the value as a number rather than as text */
	public boolean isNumeric() {
		return this == WHOLE_NUMBER || this == COUNT || this == AMOUNT || this == DECIMAL;
	}
}
