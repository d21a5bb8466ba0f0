/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Labels of the reports in the report's language (which need not be the workbench's). */
final class ReportMessages {

	private final ResourceBundle bundle;
	private final Locale locale;

	private ReportMessages(ResourceBundle bundle, Locale locale) {
		this.bundle = bundle;
		this.locale = locale;
	}

	static ReportMessages of(Locale locale) {
		return new ReportMessages(ResourceBundle.getBundle("org.hmis.eval.report.messages", locale,
				ReportMessages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
	}

	String get(String key) {
		return bundle.getString(key);
	}

	boolean has(String key) {
		return bundle.containsKey(key);
	}

	String format(String key, Object... arguments) {
		return new MessageFormat(bundle.getString(key), locale).format(arguments);
	}
}
