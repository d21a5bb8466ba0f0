/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.accounts;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What each line of Tables 1 and 2 means, in English and French, for views and reports. Looked up
 * per call with an explicit locale, because a dossier may be rendered in another language than the
 * workbench's.
 */
public final class AccountLineLabels {

	private static final String BASE_NAME = "org.hmis.eval.model.accounts.lines";

	private AccountLineLabels() {
	}

	/** @return the label of {@code code}, or the code itself when it has none */
	public static String label(String code, Locale locale) {
		try {
			ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, locale, AccountLineLabels.class.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			return bundle.containsKey(code) ? bundle.getString(code) : code;
		} catch (MissingResourceException e) {
			return code;
		}
	}
}
