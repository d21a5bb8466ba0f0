/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.util.Locale;

import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.model.text.TextBundle;

/**
 * Messages of the indicator API. Unlike a workbench {@code NLS} class these are looked up per
 * call with an explicit locale: the headless command renders English and French in one process.
 */
final class Messages {

	private static final TextBundle TEXTS = TextBundle.of(Messages.class, "org.hmis.eval.indicators.messages");

	private Messages() {
	}

	static String format(Locale locale, String key, Object... arguments) {
		return text(key, arguments).text(locale);
	}

	/** @return a text of the API itself (hidden costs, checklists), rendered when shown */
	static LocalizedText text(String key, Object... arguments) {
		return TEXTS.text(key, arguments);
	}
}
