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
import org.hmis.eval.store.EvaluationStore;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoreLocation;
import org.hmis.eval.ui.Messages;

/**
 * Imports an interchange folder, evaluation file or zip into the workbench store, off the UI
 * thread. The import is all or nothing: on rejected rows the job ends with an error listing each
 * one as {@code file:line: reason}, and the store is not touched.
 */
public final class ImportEvaluationJob extends Job {

	private static final String PLUGIN_ID = "org.hmis.eval.ui";

	private final Path source;
	private String importedId;

	public ImportEvaluationJob(Path source) {
		super(NLS.bind(Messages.ImportEvaluationJob_name, source.getFileName()));
		this.source = source;
		setUser(true);
	}

	/** @return the store id the evaluation was saved under, once the job succeeded */
	public String importedId() {
		return importedId;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		try {
			var evaluation = EvaluationLoader.load(source).evaluation();
			progress.split(1);
			EvaluationStore store = WorkbenchStore.get();
			String id = freeId(store, StoreLocation.idFor(source));
			store.save(id, evaluation);
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

	/** An import never overwrites: a second import of "vimo" becomes "vimo-2". */
	private static String freeId(EvaluationStore store, String wanted) throws StoreException {
		String id = wanted;
		for (int suffix = 2; store.contains(id); suffix++) {
			id = wanted + "-" + suffix;
		}
		return id;
	}
}
