/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.format;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the format in one language: the description of each file and column
 * ({@code columns.properties}, {@code columns_fr.properties}, keyed {@code <file stem>} and
 * {@code <file stem>.<column>}) and the labels of the reference (types, units, headings).
 */
public final class FormatTexts {

	private final ResourceBundle columns;
	private final ResourceBundle labels;

	public FormatTexts(Locale locale) {
		this.columns = bundle("columns", locale);
		this.labels = bundle("format", locale);
	}

	private static ResourceBundle bundle(String name, Locale locale) {
		return ResourceBundle.getBundle("org.hmis.eval.interchange.format." + name, locale,
				FormatTexts.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** @return what one row of the file is, and what the file is for */
	public String describe(InterchangeFile file) {
		return text(columns, file.stem());
	}

	/** @return what a value of the column means */
	public String describe(Column column) {
		return text(columns, column.file().stem() + "." + column.name());
	}

	/** @return a label of the reference: a heading, a type ({@code type.DATE}), a unit ({@code unit.DAYS}) */
	public String label(String key) {
		return text(labels, key);
	}

	private static String text(ResourceBundle bundle, String key) {
		try {
			return bundle.getString(key).trim();
		} catch (MissingResourceException e) {
			return "";
		}
	}
}
