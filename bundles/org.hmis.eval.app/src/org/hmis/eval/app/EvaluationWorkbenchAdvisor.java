/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.app;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.ui.store.WorkbenchStore;

/** Opens the Evaluation perspective, and saves the workspace and closes the store when the workbench ends. */
final class EvaluationWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return EvaluationPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new EvaluationWindowAdvisor(configurer);
	}

	@Override
	public boolean preShutdown() {
		// Validation problems are workspace markers; saving keeps them for the next session.
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			ILog.of(getClass()).error("cannot save the workspace", e);
		}
		return true;
	}

	@Override
	public void postShutdown() {
		try {
			WorkbenchStore.close();
		} catch (StoreException e) {
			ILog.of(getClass()).error("cannot close the evaluation store", e);
		}
	}
}
