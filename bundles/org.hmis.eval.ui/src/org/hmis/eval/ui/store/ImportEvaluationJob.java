/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.store;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.hmis.eval.interchange.EvaluationLoader;
import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.store.EvaluationExistsException;
import org.hmis.eval.store.EvaluationStore;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoreLocation;
import org.hmis.eval.ui.Messages;

/**
 * Imports an interchange folder, evaluation file or zip into the workbench store, off the UI
 * thread. The import is all or nothing: on rejected rows the job ends with an error listing each
 * one as {@code file:line: reason}, and the store is not touched. An evaluation of a scheme and
 * years the store already holds replaces it only if the {@link ReplaceQuestion} says so; the old
 * version stays until the new one is committed.
 */
public final class ImportEvaluationJob extends Job {

	private static final String PLUGIN_ID = "org.hmis.eval.ui";

	private final Path source;
	private final ReplaceQuestion question;
	private String importedId;

	public ImportEvaluationJob(Path source, ReplaceQuestion question) {
		super(NLS.bind(Messages.ImportEvaluationJob_name, source.getFileName()));
		this.source = source;
		this.question = question;
		setUser(true);
	}

	/** @return the store id the evaluation was saved under, once the job succeeded; null otherwise */
	public String importedId() {
		return importedId;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		try {
			Evaluation evaluation = EvaluationLoader.load(source).evaluation();
			progress.split(1);
			EvaluationStore store = WorkbenchStore.get();
			String suggested = StoreLocation.idFor(source);
			String id;
			try {
				id = store.add(evaluation, suggested, false);
			} catch (EvaluationExistsException exists) {
				if (!question.replace(exists.existing())) {
					// The user's answer, not a failure: nothing to report beyond leaving the store as it was.
					return Status.CANCEL_STATUS;
				}
				id = store.add(evaluation, suggested, true);
			}
			progress.split(1);
			importedId = id;
			return Status.OK_STATUS;
		} catch (ImportException e) {
			MultiStatus status = new MultiStatus(PLUGIN_ID, 0,
					NLS.bind(Messages.ImportEvaluationJob_rejected, source, e.problems().size()), null);
			for (ImportProblem problem : e.problems()) {
				status.add(Status.error(problem.toString()));
			}
			return status;
		} catch (IOException | StoreException e) {
			return Status.error(NLS.bind(Messages.ImportEvaluationJob_failed, source, e.getMessage()), e);
		}
	}
}
