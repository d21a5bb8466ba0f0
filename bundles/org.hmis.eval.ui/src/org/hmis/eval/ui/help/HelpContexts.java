/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.help;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/** The context help ids of the workbench's parts, as {@code contexts.xml} of the user guide names them. */
public final class HelpContexts {

	public static final String EVALUATIONS_VIEW = "org.hmis.eval.ui.evaluations_view";
	public static final String INDICATORS_VIEW = "org.hmis.eval.ui.indicators_view";
	public static final String EVALUATION_EDITOR = "org.hmis.eval.ui.evaluation_editor";

	private HelpContexts() {
	}

	/** Makes F1 on {@code control} show the help of {@code contextId}. */
	public static void attach(Control control, String contextId) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(control, contextId);
	}
}
