/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages of an import in one language ({@code import.properties}, {@code import_fr.properties}),
 * like the validation rules' messages. Arguments are turned into text first, so that years, counts
 * and amounts are never grouped or rounded ("2,006").
 */
public final class ImportMessages {

	/** The language of the interchange contract (the command's output, the tests). */
	public static final ImportMessages ENGLISH = new ImportMessages(Locale.ENGLISH);

	private final Locale locale;
	private final ResourceBundle bundle;

	public ImportMessages(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle("org.hmis.eval.interchange.internal.import", locale,
				ImportMessages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public Locale locale() {
		return locale;
	}

	/** @return the message of {@code key} with its arguments */
	public String get(String key, Object... arguments) {
		Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
		return new MessageFormat(bundle.getString(key), locale).format(texts);
	}
}
