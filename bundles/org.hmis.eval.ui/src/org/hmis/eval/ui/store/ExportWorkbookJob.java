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
import org.hmis.eval.interchange.PersonIds;
import org.hmis.eval.interchange.PseudonymKey;
import org.hmis.eval.interchange.Pseudonyms;
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
	private final boolean pseudonymised;

	/**
	 * @param stored        the evaluation to export, or null for the blank template
	 * @param pseudonymised true to name the registers' members and beneficiaries by pseudonyms
	 *                      ({@link Pseudonyms}, key from {@link PseudonymKey})
	 */
	public ExportWorkbookJob(StoredEvaluation stored, Path target, boolean pseudonymised) {
		super(NLS.bind(Messages.ExportWorkbookJob_name, target.getFileName()));
		this.stored = stored;
		this.target = target;
		this.pseudonymised = pseudonymised;
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
				PersonIds ids = pseudonymised ? Pseudonyms.withKey(PseudonymKey.load()) : PersonIds.AS_GIVEN;
				WorkbookExporter.export(evaluation, target, ids);
			}
			progress.split(1);
			return Status.OK_STATUS;
		} catch (IOException | StoreException | IllegalStateException e) {
			return Status.error(NLS.bind(Messages.ExportWorkbookJob_failed, target, e.getMessage()), e);
		}
	}
}
