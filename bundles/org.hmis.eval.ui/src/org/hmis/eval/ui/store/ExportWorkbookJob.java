/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.store;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.hmis.eval.interchange.WorkbookExporter;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.Messages;

/**
 * Writes a stored evaluation, or a blank template when none is given, as an XLSX workbook with one
 * sheet per interchange file. The file is replaced only once the new one is complete.
 */
public final class ExportWorkbookJob extends Job {

	private final StoredEvaluation stored;
	private final Path target;

	/** @param stored the evaluation to export, or null for the blank template */
	public ExportWorkbookJob(StoredEvaluation stored, Path target) {
		super(NLS.bind(Messages.ExportWorkbookJob_name, target.getFileName()));
		this.stored = stored;
		this.target = target;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		try {
			if (stored == null) {
				progress.split(1);
				WorkbookExporter.exportTemplate(target);
			} else {
				Evaluation evaluation = WorkbenchStore.get().load(stored.id());
				progress.split(1);
				WorkbookExporter.export(evaluation, target);
			}
			progress.split(1);
			return Status.OK_STATUS;
		} catch (IOException | StoreException e) {
			return Status.error(NLS.bind(Messages.ExportWorkbookJob_failed, target, e.getMessage()), e);
		}
	}
}
