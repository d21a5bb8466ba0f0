/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.validation;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The validation messages in one language ({@code rules.properties}, {@code rules_fr.properties}).
 * Arguments are turned into text before formatting, so that years, amounts and ids are never
 * grouped or rounded the way MessageFormat would format numbers ("2,006").
 */
final class RuleMessages {

	private final ResourceBundle bundle;
	private final Locale locale;

	RuleMessages(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle("org.hmis.eval.model.validation.rules", locale,
				RuleMessages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	String get(String key, Object... arguments) {
		Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
		return new MessageFormat(bundle.getString(key), locale).format(texts);
	}
}
