/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.Messages;
import org.hmis.eval.ui.store.WorkbenchStore;
import org.hmis.eval.ui.views.EvaluationsView;

/** Deletes the evaluation selected in the Evaluations view, after confirmation. */
public final class DeleteEvaluationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof StoredEvaluation stored)) {
			return null;
		}
		if (!MessageDialog.openConfirm(HandlerUtil.getActiveShell(event), Messages.DeleteEvaluationHandler_title,
				NLS.bind(Messages.DeleteEvaluationHandler_question, stored.title()))) {
			return null;
		}
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Job.create(NLS.bind(Messages.DeleteEvaluationHandler_job, stored.title()), (IJobFunction) monitor -> {
			try {
				WorkbenchStore.get().delete(stored.id());
			} catch (StoreException e) {
				return Status.error(e.getMessage(), e);
			}
			window.getShell().getDisplay().asyncExec(() -> EvaluationsView.refreshIn(window));
			return Status.OK_STATUS;
		}).schedule();
		return null;
	}
}
