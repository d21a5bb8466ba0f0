/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One column of an interchange file, declared once in {@link InterchangeFormat}: its name in the
 * header, how its cells are read, whether a row needs it, its closed list of values, its unit, and
 * the model feature it fills. Readers, writers, the workbook template and the format reference all
 * work from this declaration. Declared with the fluent methods, then frozen when its file is built.
 */
public final class Column {

	private final String name;
	private final ColumnType type;
	private boolean required;
	private boolean key;
	private Integer min;
	private Integer max;
	private EEnum literals;
	private Supplier<List<String>> codes;
	private Object defaultValue;
	private Unit unit = Unit.NONE;
	private EStructuralFeature feature;
	private InterchangeFile file;

	private Column(String name, ColumnType type) {
		this.name = Objects.requireNonNull(name, "name");
		this.type = Objects.requireNonNull(type, "type");
	}

	/** @return a column of {@code type} named {@code name} in the header */
	public static Column of(String name, ColumnType type) {
		return new Column(name, type);
	}

	/** @return a closed-list column whose values are the literals of an EEnum of the model */
	public static Column choice(String name, EEnum literals) {
		Column column = new Column(name, ColumnType.CHOICE);
		column.literals = literals;
		return column;
	}

	/**
	 * @param codes the closed list (reference data of the model), asked for when a row is read so
	 *        that a list loaded lazily stays lazy
	 * @return a closed-list column whose values are codes of a reference list
	 */
	public static Column choice(String name, Supplier<List<String>> codes) {
		Column column = new Column(name, ColumnType.CHOICE);
		column.codes = codes;
		return column;
	}

	// Declaration

	/** A row must give this column a value (a bold column of the specification). */
	public Column required() {
		checkOpen();
		required = true;
		return this;
	}

	/** The column is part of the row's key: no two rows of the file have the same key. */
	public Column key() {
		checkOpen();
		key = true;
		required = true;
		return this;
	}

	/** A whole number must lie within [min, max]. */
	public Column between(int min, int max) {
		checkOpen();
		this.min = min;
		this.max = max;
		return this;
	}

	/** A blank cell stands for this value (a literal, a Boolean, a number). */
	public Column byDefault(Object value) {
		checkOpen();
		defaultValue = value;
		return this;
	}

	public Column unit(Unit unit) {
		checkOpen();
		this.unit = unit;
		return this;
	}

	/** The model feature the column fills, on the class of the file's rows. */
	public Column fills(EStructuralFeature feature) {
		checkOpen();
		this.feature = feature;
		return this;
	}

	void attachTo(InterchangeFile owner) {
		checkOpen();
		if (type == ColumnType.WHOLE_NUMBER && min == null) {
			throw new IllegalStateException(owner.name() + ": whole-number column " + name + " needs bounds");
		}
		this.file = owner;
	}

	private void checkOpen() {
		if (file != null) {
			throw new IllegalStateException("column " + name + " of " + file.name() + " is already declared");
		}
	}

	// Reading the declaration

	public String name() {
		return name;
	}

	public ColumnType type() {
		return type;
	}

	public boolean isRequired() {
		return required;
	}

	public boolean isKey() {
		return key;
	}

	/** @return the smallest whole number allowed (a {@link ColumnType#WHOLE_NUMBER} column) */
	public int min() {
		return min;
	}

	public int max() {
		return max;
	}

	/** @return the closed list's codes, in declaration order; empty when the column has none */
	public List<String> choices() {
		if (literals != null) {
			return literals.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
		}
		return codes == null ? List.of() : codes.get();
	}

	/**
	 * @return the value of a code of the closed list: the EEnum's enumerator, or the code itself for
	 *         a reference list; empty when the code is not in the list
	 */
	public Optional<Object> choiceOf(String code) {
		if (literals != null) {
			EEnumLiteral literal = literals.getEEnumLiteralByLiteral(code);
			return literal == null ? Optional.empty() : Optional.of(literal.getInstance());
		}
		return choices().contains(code) ? Optional.of(code) : Optional.empty();
	}

	/** @return the value a blank cell stands for; empty when a blank cell is simply no value */
	public Optional<Object> defaultValue() {
		return Optional.ofNullable(defaultValue);
	}

	/** @return the default as the file would spell it ({@code yes}, {@code voluntary}, {@code 30}) */
	public Optional<String> defaultText() {
		return defaultValue().map(Column::spell);
	}

	public Unit unit() {
		return unit;
	}

	/** @return the model feature filled, or empty for a column that places the row (its year) */
	public Optional<EStructuralFeature> feature() {
		return Optional.ofNullable(feature);
	}

	public InterchangeFile file() {
		return file;
	}

	/** @return how a value of this column is written in a file: plain decimals, yes/no, literals */
	public static String spell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean flag) {
			return flag ? "yes" : "no";
		}
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		if (value instanceof List<?> list) {
			return String.join(";", list.stream().map(String::valueOf).toList());
		}
		return value.toString();
	}

	@Override
	public String toString() {
		return (file == null ? "?" : file.name()) + ":" + name;
	}
}
