/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.part.ViewPart;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.help.HelpContexts;
import org.hmis.eval.ui.Messages;
import org.hmis.eval.ui.TextColumns;
import org.hmis.eval.ui.editor.EvaluationEditor;
import org.hmis.eval.ui.editor.EvaluationEditorInput;
import org.hmis.eval.ui.store.WorkbenchStore;

/** Lists the evaluations of the store; the selected one is what the other views show. */
public final class EvaluationsView extends ViewPart {

	public static final String ID = "org.hmis.eval.ui.views.evaluations";

	private static final DateTimeFormatter SAVED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withZone(ZoneId.systemDefault());

	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		HelpContexts.attach(viewer.getControl(), HelpContexts.EVALUATIONS_VIEW);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		TextColumns.add(viewer, StoredEvaluation.class, Messages.EvaluationsView_columnScheme, 140, StoredEvaluation::schemeName);
		TextColumns.add(viewer, StoredEvaluation.class, Messages.EvaluationsView_columnYears, 80,
				stored -> stored.identity().yearsText());
		TextColumns.add(viewer, StoredEvaluation.class, Messages.EvaluationsView_columnTitle, 140, StoredEvaluation::title);
		TextColumns.add(viewer, StoredEvaluation.class, Messages.EvaluationsView_columnSaved, 130,
				stored -> SAVED.format(stored.savedAt()));
		TextColumns.add(viewer, StoredEvaluation.class, Messages.EvaluationsView_columnSavedBy, 90,
				stored -> stored.savedBy() == null ? "" : stored.savedBy());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		getSite().setSelectionProvider(viewer);
		MenuManager contextMenu = new MenuManager();
		contextMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(contextMenu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(contextMenu, viewer);
		viewer.addDoubleClickListener(event -> open(viewer.getStructuredSelection().getFirstElement()));
		refresh();
	}

	/** Reads the store again, off the UI thread, and selects the first evaluation. */
	public void refresh() {
		Job job = Job.create(Messages.EvaluationsView_loadJob, this::load);
		job.setUser(false);
		job.schedule();
	}

	/** Refreshes the Evaluations view of {@code window}, if it is open. */
	public static void refreshIn(IWorkbenchWindow window) {
		if (window != null && window.getActivePage() != null
				&& window.getActivePage().findView(ID) instanceof EvaluationsView view) {
			view.refresh();
		}
	}

	private void open(Object element) {
		if (element instanceof StoredEvaluation stored) {
			try {
				getSite().getPage().openEditor(new EvaluationEditorInput(stored), EvaluationEditor.ID);
			} catch (PartInitException e) {
				ILog.of(getClass()).error("cannot open " + stored.id(), e);
			}
		}
	}

	/** @return the viewer, for tests that drive the view */
	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	private IStatus load(IProgressMonitor monitor) {
		try {
			List<StoredEvaluation> evaluations = WorkbenchStore.get().list();
			viewer.getControl().getDisplay().asyncExec(() -> show(evaluations));
			return Status.OK_STATUS;
		} catch (StoreException e) {
			return Status.error(e.getMessage(), e);
		}
	}

	private void show(List<StoredEvaluation> evaluations) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(evaluations);
		setContentDescription(NLS.bind(Messages.EvaluationsView_storeDescription, WorkbenchStore.location()));
		if (viewer.getStructuredSelection().isEmpty() && !evaluations.isEmpty()) {
			viewer.setSelection(new StructuredSelection(evaluations.get(0)), true);
		}
	}
}
