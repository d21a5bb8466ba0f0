/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.hmis.eval.ui.views.EvaluationsView;
import org.hmis.eval.ui.views.IndicatorsView;

/** The evaluator's layout: the stored evaluations on the left, the indicators of the selected one. */
public final class EvaluationPerspective implements IPerspectiveFactory {

	public static final String ID = "org.hmis.eval.app.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String editorArea = layout.getEditorArea();
		layout.addView(EvaluationsView.ID, IPageLayout.LEFT, 0.28f, editorArea);
		IFolderLayout main = layout.createFolder("org.hmis.eval.app.main", IPageLayout.RIGHT, 0.72f, editorArea);
		main.addView(IndicatorsView.ID);
		IFolderLayout bottom = layout.createFolder("org.hmis.eval.app.bottom", IPageLayout.BOTTOM, 0.72f,
				"org.hmis.eval.app.main");
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROP_SHEET);
	}
}
