/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.store;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.IndicatorServices;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.report.DossierContent;
import org.hmis.eval.report.DossierReport;
import org.hmis.eval.report.ReportException;
import org.hmis.eval.report.ReportFormat;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.Messages;

/**
 * Renders the dossier of a stored evaluation, for its latest accounting year, to a file. BIRT
 * takes seconds, so this never runs on the UI thread; the file appears only when complete.
 */
public final class ExportDossierJob extends Job {

	private final StoredEvaluation stored;
	private final Path target;
	private final ReportFormat format;
	private final Locale locale;

	public ExportDossierJob(StoredEvaluation stored, Path target, ReportFormat format, Locale locale) {
		super(NLS.bind(Messages.ExportDossierJob_name, stored.title(), target.getFileName()));
		this.stored = stored;
		this.target = target;
		this.format = format;
		this.locale = locale;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		try {
			Evaluation evaluation = WorkbenchStore.get().load(stored.id());
			progress.split(1);
			int year = evaluation.getYears().stream().map(AccountingYear::getYear).max(Comparator.naturalOrder())
					.orElse(0);
			if (year == 0) {
				return Status.error(NLS.bind(Messages.IndicatorsView_noYear, stored.title()));
			}
			List<IndicatorResult> results = IndicatorServices.registry()
					.computeAll(new ComputationContext(evaluation, year));
			progress.split(1);
			DossierReport.render(new DossierContent(evaluation, year, results), format, locale, target);
			progress.split(1);
			return Status.OK_STATUS;
		} catch (StoreException | ReportException e) {
			return Status.error(NLS.bind(Messages.ExportDossierJob_failed, target, e.getMessage()), e);
		}
	}
}
