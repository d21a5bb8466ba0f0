/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hmis.eval.ui.views.EvaluationsView;

/** Reads the store again (another process, such as {@code hmis-eval import}, may have changed it). */
public final class RefreshEvaluationsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		EvaluationsView.refreshIn(HandlerUtil.getActiveWorkbenchWindow(event));
		return null;
	}
}
