/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.hmis.eval.ui.Messages;

/** Window > Preferences > HMIS Evaluator: the language of exported dossiers. */
public final class DossierPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public DossierPreferencePage() {
		super(GRID);
		setDescription(Messages.DossierPreferencePage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(DossierPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		addField(new RadioGroupFieldEditor(DossierPreferences.LANGUAGE, Messages.DossierPreferencePage_language, 1,
				new String[][] { { Messages.DossierPreferencePage_english, "en" },
						{ Messages.DossierPreferencePage_french, "fr" } },
				getFieldEditorParent(), true));
	}
}
