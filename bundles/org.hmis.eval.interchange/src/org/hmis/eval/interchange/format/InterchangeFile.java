/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * One file of an interchange folder (one sheet of a workbook), declared once in
 * {@link InterchangeFormat}: its name, where it comes from, how its rows are laid out, the model
 * reference its rows fill and its columns in the order they are written.
 */
public final class InterchangeFile {

	/** Where the file is defined. */
	public enum Origin {
		/** A file of the interchange specification (section 1), kept to exactly. */
		SPECIFICATION,
		/** A file the product adds, for figures the specification's files cannot carry. */
		EXTENSION
	}

	/** How the rows of the file map onto the model. */
	public enum Layout {
		/** One row per object of the file's reference; the columns are its features. */
		ROWS,
		/** Two columns, key and value: the "columns" are the keys, one row each (scheme.csv). */
		SETTINGS,
		/** A register: kept column by column, read and written as a stream, never as objects. */
		REGISTER
	}

	private final String name;
	private final Origin origin;
	private final Layout layout;
	private final EReference rows;
	private final List<Column> columns;

	private InterchangeFile(String name, Origin origin, Layout layout, EReference rows, List<Column> columns) {
		this.name = Objects.requireNonNull(name, "name");
		this.origin = origin;
		this.layout = layout;
		this.rows = rows;
		this.columns = List.copyOf(columns);
		for (Column column : this.columns) {
			column.attachTo(this);
		}
	}

	/**
	 * @param rows the containment reference the rows fill: on an accounting year (the file then
	 *        has a year column), on the evaluation or on the scheme
	 */
	static InterchangeFile rows(String name, Origin origin, EReference rows, Column... columns) {
		return new InterchangeFile(name, origin, Layout.ROWS, rows, List.of(columns));
	}

	static InterchangeFile settings(String name, Origin origin, Column... keys) {
		return new InterchangeFile(name, origin, Layout.SETTINGS, null, List.of(keys));
	}

	static InterchangeFile register(String name, List<Column> columns) {
		return new InterchangeFile(name, Origin.SPECIFICATION, Layout.REGISTER, null, columns);
	}

	/**
	 * A file declared with the interchange types and read by the same reader (cells typed, problems
	 * at {@code file:line:column}), but kept outside an evaluation folder: it fills no model reference
	 * and is not part of {@link InterchangeFormat}'s files (a network's {@code network.csv}).
	 */
	public static InterchangeFile standalone(String name, Column... columns) {
		return new InterchangeFile(name, Origin.EXTENSION, Layout.ROWS, null, List.of(columns));
	}

	/** @return the file name in a folder, {@code accounts.csv} */
	public String name() {
		return name;
	}

	/** @return the name without {@code .csv}: the sheet's name in a workbook and the key of its texts */
	public String stem() {
		return name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
	}

	public Origin origin() {
		return origin;
	}

	public Layout layout() {
		return layout;
	}

	/** @return the containment reference the rows fill; empty for settings and registers */
	public Optional<EReference> reference() {
		return Optional.ofNullable(rows);
	}

	/** @return the class of the objects one row becomes (a {@link Layout#ROWS} file) */
	public EClass rowClass() {
		return rows.getEReferenceType();
	}

	/** @return the columns (the keys of a settings file), in the order they are written */
	public List<Column> columns() {
		return columns;
	}

	/** @return the columns that identify a row, in order */
	public List<Column> keyColumns() {
		return columns.stream().filter(Column::isKey).toList();
	}

	/** @return the column of that header name, if the file declares it */
	public Optional<Column> column(String header) {
		return columns.stream().filter(c -> c.name().equals(header)).findFirst();
	}

	@Override
	public String toString() {
		return name;
	}
}
