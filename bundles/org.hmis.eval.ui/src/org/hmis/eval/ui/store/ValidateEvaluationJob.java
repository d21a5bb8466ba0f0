/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.store;

import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.validation.EvaluationValidation;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.Messages;

/**
 * Checks a stored evaluation (EMF's constraints and the guide's rules, see EvaluationValidation)
 * and shows what it finds in the Problems view.
 */
public final class ValidateEvaluationJob extends Job {

	private final StoredEvaluation stored;
	private Diagnostic diagnostic;

	public ValidateEvaluationJob(StoredEvaluation stored) {
		super(NLS.bind(Messages.ValidateEvaluationJob_name, stored.title()));
		this.stored = stored;
		setUser(true);
	}

	/** @return the outcome of the last run */
	public Diagnostic diagnostic() {
		return diagnostic;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		try {
			Evaluation evaluation = WorkbenchStore.get().load(stored.id());
			progress.split(1);
			diagnostic = EvaluationValidation.validate(evaluation, Locale.getDefault());
			progress.split(1);
			EvaluationProblems.publish(stored, diagnostic);
			progress.split(1);
			return Status.OK_STATUS;
		} catch (StoreException | CoreException e) {
			return Status.error(NLS.bind(Messages.ValidateEvaluationJob_failed, stored.title(), e.getMessage()), e);
		}
	}
}
