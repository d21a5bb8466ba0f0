/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.hmis.eval.ui.views.EvaluationsView;
import org.hmis.eval.ui.views.IndicatorsView;

/** The evaluator's layout: stored evaluations, the accounts editor, indicators and problems. */
public final class EvaluationPerspective implements IPerspectiveFactory {

	public static final String ID = "org.hmis.eval.app.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		// Evaluations on the left; the accounts editor in the middle (opened by a double-click);
		// indicators and problems below it.
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(EvaluationsView.ID, IPageLayout.LEFT, 0.25f, editorArea);
		IFolderLayout results = layout.createFolder("org.hmis.eval.app.main", IPageLayout.BOTTOM, 0.45f, editorArea);
		results.addView(IndicatorsView.ID);
		results.addView(IPageLayout.ID_PROBLEM_VIEW);
		results.addPlaceholder(IPageLayout.ID_PROP_SHEET);
	}
}
