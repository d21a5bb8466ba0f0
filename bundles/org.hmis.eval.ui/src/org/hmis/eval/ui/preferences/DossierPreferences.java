/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.preferences;

import java.util.Locale;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** The user's choices for dossiers, kept in the workspace's instance preferences. */
public final class DossierPreferences {

	static final String QUALIFIER = "org.hmis.eval.ui";
	/** Language of exported dossiers: "en" or "fr". */
	static final String LANGUAGE = "dossier.language";

	private DossierPreferences() {
	}

	/** @return the language dossiers are exported in; the workbench's language by default */
	public static Locale language() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(QUALIFIER);
		return Locale.forLanguageTag(preferences.get(LANGUAGE, defaultLanguage()));
	}

	static String defaultLanguage() {
		return "fr".equals(Locale.getDefault().getLanguage()) ? "fr" : "en";
	}

	static IPreferenceStore store() {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
		store.setDefault(LANGUAGE, defaultLanguage());
		return store;
	}
}
