/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Messages of the indicator API. Unlike a workbench {@code NLS} class these are looked up per
 * call with an explicit locale: the headless command renders English and French in one process.
 */
final class Messages {

	private static final String BASE_NAME = "org.hmis.eval.indicators.messages";

	private Messages() {
	}

	static String format(Locale locale, String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, locale, Messages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), locale).format(arguments);
	}
}
