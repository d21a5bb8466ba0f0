/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.views;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.IndicatorServices;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.help.HelpContexts;
import org.hmis.eval.ui.Messages;
import org.hmis.eval.ui.TextColumns;
import org.hmis.eval.ui.store.WorkbenchStore;

/**
 * The indicators of the evaluation selected in the Evaluations view, for its latest accounting
 * year: value, formula, inputs with their table and line, or why there is no value.
 */
public final class IndicatorsView extends ViewPart {

	public static final String ID = "org.hmis.eval.ui.views.indicators";

	private final ISelectionListener selectionListener = (part, selection) -> {
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof StoredEvaluation stored) {
			show(stored);
		}
	};

	/** Recomputes when the evaluation shown is saved from an editor. */
	private final Consumer<String> saveListener = this::evaluationSaved;

	/** Hides the indicators the evaluation's data cannot give yet, to read the computed ones. */
	private final Action hideNotComputable = new Action(Messages.IndicatorsView_hideNotComputable, IAction.AS_CHECK_BOX) {
		@Override
		public void run() {
			setComputableOnly(isChecked());
		}
	};

	private final ViewerFilter computableOnly = new ViewerFilter() {
		@Override
		public boolean select(Viewer ignored, Object parent, Object element) {
			return ((IndicatorResult) element).isComputable();
		}
	};

	private TableViewer viewer;
	private Job computation;
	private volatile StoredEvaluation shown;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		HelpContexts.attach(viewer.getControl(), HelpContexts.INDICATORS_VIEW);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		TextColumns.add(viewer, IndicatorResult.class, Messages.IndicatorsView_columnCode, 60, IndicatorResult::code);
		TextColumns.add(viewer, IndicatorResult.class, Messages.IndicatorsView_columnTitle, 200, IndicatorRowLabels::title);
		TextColumns.add(viewer, IndicatorResult.class, Messages.IndicatorsView_columnValue, 110, IndicatorRowLabels::value);
		TextColumns.add(viewer, IndicatorResult.class, Messages.IndicatorsView_columnFormula, 130, result -> result.definition().formula());
		TextColumns.add(viewer, IndicatorResult.class, Messages.IndicatorsView_columnInputs, 520, IndicatorRowLabels::inputs);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		getViewSite().getActionBars().getToolBarManager().add(hideNotComputable);
		setContentDescription(Messages.IndicatorsView_noEvaluation);
		getSite().setSelectionProvider(viewer);
		getSite().getPage().addPostSelectionListener(EvaluationsView.ID, selectionListener);
		WorkbenchStore.addSaveListener(saveListener);
	}

	/** Loads and computes {@code stored} in a job, then shows its results. */
	public void show(StoredEvaluation stored) {
		shown = stored;
		if (computation != null) {
			computation.cancel();
		}
		computation = Job.create(NLS.bind(Messages.IndicatorsView_computeJob, stored.title()),
				(IJobFunction) monitor -> compute(stored, monitor));
		computation.schedule();
	}

	private void evaluationSaved(String id) {
		StoredEvaluation current = shown;
		if (current != null && current.id().equals(id)) {
			show(current);
		}
	}

	/** Shows only the indicators that have a value, or all of them. */
	public void setComputableOnly(boolean computableOnly) {
		hideNotComputable.setChecked(computableOnly);
		if (computableOnly) {
			viewer.addFilter(this.computableOnly);
		} else {
			viewer.removeFilter(this.computableOnly);
		}
	}

	/** @return the viewer, for tests that read what the view shows */
	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(EvaluationsView.ID, selectionListener);
		WorkbenchStore.removeSaveListener(saveListener);
		super.dispose();
	}

	private IStatus compute(StoredEvaluation stored, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		try {
			Evaluation evaluation = WorkbenchStore.get().load(stored.id());
			progress.split(1);
			Optional<Integer> year = latestYear(evaluation);
			List<IndicatorResult> results = year
					.map(y -> IndicatorServices.registry().computeAll(new ComputationContext(evaluation, y)))
					.orElse(List.of());
			progress.split(1);
			String description = year.map(y -> NLS.bind(Messages.IndicatorsView_description, stored.title(), y))
					.orElse(NLS.bind(Messages.IndicatorsView_noYear, stored.title()));
			viewer.getControl().getDisplay().asyncExec(() -> update(results, description));
			return Status.OK_STATUS;
		} catch (StoreException e) {
			return Status.error(e.getMessage(), e);
		}
	}

	private void update(List<IndicatorResult> results, String description) {
		if (!viewer.getControl().isDisposed()) {
			viewer.setInput(results);
			setContentDescription(description);
		}
	}

	private static Optional<Integer> latestYear(Evaluation evaluation) {
		return evaluation.getYears().stream().map(AccountingYear::getYear).max(Comparator.naturalOrder());
	}
}
