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
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.Messages;
import org.hmis.eval.ui.store.ExportWorkbookJob;

/** The XLSX workbook commands: import a filled workbook, export an evaluation, export the blank template. */
public final class WorkbookHandlers {

	private static final String[] XLSX = { "*.xlsx" };

	private WorkbookHandlers() {
	}

	/** File > Import Workbook: a filled workbook goes through the same rules as a folder. */
	public static final class Import extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
			dialog.setText(Messages.WorkbookHandlers_importTitle);
			dialog.setFilterExtensions(XLSX);
			String file = dialog.open();
			if (file != null) {
				ImportEvaluationHandler.schedule(Path.of(file), HandlerUtil.getActiveWorkbenchWindow(event));
			}
			return null;
		}
	}

	/** Export Workbook: the selected evaluation as a workbook. */
	public static class Export extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof StoredEvaluation stored) {
				Path target = ask(HandlerUtil.getActiveShell(event), Messages.WorkbookHandlers_exportTitle,
						stored.id() + ".xlsx");
				if (target != null) {
					new ExportWorkbookJob(stored, target, pseudonymised()).schedule();
				}
			}
			return null;
		}

		/** @return true to name members and beneficiaries by pseudonyms */
		boolean pseudonymised() {
			return false;
		}
	}

	/**
	 * Export Workbook with Pseudonyms: the same, the registers' members and beneficiaries under
	 * stable pseudonyms, for registers that leave the scheme.
	 */
	public static final class ExportPseudonymised extends Export {
		@Override
		boolean pseudonymised() {
			return true;
		}
	}

	/** File > Export Blank Workbook: the template to fill on site, every sheet with its codes. */
	public static final class Template extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Path target = ask(HandlerUtil.getActiveShell(event), Messages.WorkbookHandlers_templateTitle,
					"hmis-evaluation-template.xlsx");
			if (target != null) {
				new ExportWorkbookJob(null, target, false).schedule();
			}
			return null;
		}
	}

	private static Path ask(Shell shell, String title, String fileName) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(title);
		dialog.setFilterExtensions(XLSX);
		dialog.setFileName(fileName);
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return null;
		}
		return Path.of(file.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? file : file + ".xlsx");
	}
}
