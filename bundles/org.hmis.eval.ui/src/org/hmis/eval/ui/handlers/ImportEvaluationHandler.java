/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hmis.eval.ui.Messages;
import org.hmis.eval.ui.store.ImportEvaluationJob;
import org.hmis.eval.ui.store.ReplaceQuestion;
import org.hmis.eval.ui.views.EvaluationsView;

/** File > Import Interchange Folder: asks for a folder and imports it into the store. */
public final class ImportEvaluationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(Messages.ImportEvaluationHandler_title);
		dialog.setMessage(Messages.ImportEvaluationHandler_message);
		String folder = dialog.open();
		if (folder != null) {
			schedule(Path.of(folder), HandlerUtil.getActiveWorkbenchWindow(event));
		}
		return null;
	}

	/**
	 * Imports {@code source} and refreshes the Evaluations view of {@code window} when done; over a
	 * stored evaluation of the same scheme and years, asks in a dialog first (without a window, never
	 * replaces).
	 */
	public static ImportEvaluationJob schedule(Path source, IWorkbenchWindow window) {
		ImportEvaluationJob job = new ImportEvaluationJob(source,
				window == null ? ReplaceQuestion.NEVER : new ReplaceDialog(window.getShell(), source));
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent done) {
				if (done.getResult().isOK() && window != null) {
					window.getShell().getDisplay().asyncExec(() -> EvaluationsView.refreshIn(window));
				}
			}
		});
		job.schedule();
		return job;
	}
}
