/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.handlers;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hmis.eval.report.ReportFormat;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.Messages;
import org.hmis.eval.ui.preferences.DossierPreferences;
import org.hmis.eval.ui.store.ExportDossierJob;

/** Export Dossier: renders the selected evaluation's dossier to a PDF, HTML or DOCX file. */
public final class ExportDossierHandler extends AbstractHandler {

	private static final String[] EXTENSIONS = { "*.pdf", "*.html", "*.docx" };
	private static final ReportFormat[] FORMATS = { ReportFormat.PDF, ReportFormat.HTML, ReportFormat.DOCX };

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof StoredEvaluation stored)) {
			return null;
		}
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.SAVE);
		dialog.setText(Messages.ExportDossierHandler_title);
		dialog.setFilterExtensions(EXTENSIONS);
		dialog.setFilterNames(new String[] { "PDF", "HTML", "Word (DOCX)" });
		dialog.setFileName(stored.id() + "-dossier.pdf");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			ReportFormat format = FORMATS[Math.max(0, dialog.getFilterIndex())];
			Path target = Path.of(withExtension(file, format));
			Locale locale = DossierPreferences.language();
			new ExportDossierJob(stored, target, format, locale).schedule();
		}
		return null;
	}

	private static String withExtension(String file, ReportFormat format) {
		String extension = "." + format.birtName();
		return file.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file + extension;
	}
}
