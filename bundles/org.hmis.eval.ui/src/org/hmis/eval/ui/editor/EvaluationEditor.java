/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.editor;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.ValueFormat;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.accounts.AccountLineLabels;
import org.hmis.eval.model.accounts.AccountLines;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.ui.help.HelpContexts;
import org.hmis.eval.ui.Messages;
import org.hmis.eval.ui.TextColumns;
import org.hmis.eval.ui.store.WorkbenchStore;

/**
 * Edits a stored evaluation: the accounts (Tables 1 and 2) year by year on the first page, every
 * other table on the second ({@link ModelPage}), the rows of the registers, read-only, on the third
 * ({@link RegistersPage}). Every change is an EMF command on the editor's command stack, so Edit >
 * Undo and Redo work; subtotals are recomputed as lines change; File > Save writes the evaluation
 * back to the store in one transaction.
 */
public final class EvaluationEditor extends EditorPart {

	public static final String ID = "org.hmis.eval.ui.editor.evaluation";

	private AdapterFactoryEditingDomain domain;
	private ComposedAdapterFactory adapterFactory;
	private Evaluation evaluation;
	private AccountingYear selectedYear;
	private TableViewer viewer;
	private Combo yearCombo;
	private CommandStackAction undo;
	private CommandStackAction redo;
	private CTabFolder tabs;
	private ModelPage modelPage;
	private RegistersPage registersPage;
	private CTabItem registersTab;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof EvaluationEditorInput evaluationInput)) {
			throw new PartInitException("not an evaluation: " + input);
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		try {
			evaluation = WorkbenchStore.get().load(evaluationInput.stored().id());
		} catch (StoreException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		BasicCommandStack stack = new BasicCommandStack();
		stack.addCommandStackListener(event -> getSite().getShell().getDisplay().asyncExec(this::commandStackChanged));
		domain = new AdapterFactoryEditingDomain(adapterFactory, stack);
		selectedYear = evaluation.getYears().stream().max(Comparator.comparingInt(AccountingYear::getYear)).orElse(null);
	}

	@Override
	public void createPartControl(Composite parent) {
		tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		Composite accounts = new Composite(tabs, SWT.NONE);
		createAccountsPage(accounts);
		CTabItem accountsTab = new CTabItem(tabs, SWT.NONE);
		accountsTab.setText(Messages.EvaluationEditor_accountsTab);
		accountsTab.setControl(accounts);
		modelPage = new ModelPage(tabs, domain, evaluation, this::showStatus);
		CTabItem tablesTab = new CTabItem(tabs, SWT.NONE);
		tablesTab.setText(Messages.EvaluationEditor_tablesTab);
		tablesTab.setControl(modelPage.control());
		registersPage = new RegistersPage(tabs, evaluation);
		registersTab = new CTabItem(tabs, SWT.NONE);
		registersTab.setText(Messages.EvaluationEditor_registersTab);
		registersTab.setControl(registersPage.control());
		tabs.setSelection(accountsTab);
		tabs.addListener(SWT.Selection, event -> registersPage.setVisible(tabs.getSelection() == registersTab));
		undo = CommandStackAction.undo(domain.getCommandStack());
		redo = CommandStackAction.redo(domain.getCommandStack());
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		getEditorSite().getActionBars().updateActionBars();
	}

	private void createAccountsPage(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		Label yearLabel = new Label(parent, SWT.NONE);
		yearLabel.setText(Messages.EvaluationEditor_year);
		yearCombo = new Combo(parent, SWT.READ_ONLY);
		List<AccountingYear> years = years();
		years.forEach(year -> yearCombo.add(String.valueOf(year.getYear())));
		yearCombo.select(years.indexOf(selectedYear));
		yearCombo.addListener(SWT.Selection, event -> {
			selectedYear = years.get(yearCombo.getSelectionIndex());
			viewer.refresh();
		});
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		HelpContexts.attach(viewer.getControl(), HelpContexts.EVALUATION_EDITOR);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(Messages.EvaluationEditor_columnLine, 90, AccountRow::code);
		column(Messages.EvaluationEditor_columnItem, 330, row -> AccountLineLabels.label(row.code(), Locale.getDefault()));
		TableViewerColumn amount = column(Messages.EvaluationEditor_columnAmount, 140, this::amountText);
		amount.getColumn().setAlignment(SWT.RIGHT);
		amount.setEditingSupport(new AmountEditingSupport(viewer, this));
		column(Messages.EvaluationEditor_columnRule, 260,
				row -> row.definition().isDerived() ? row.definition().rule() : Messages.EvaluationEditor_entered);
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_VERTICAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(AccountRow.all());
	}

	/** @return the evaluation being edited */
	public Evaluation evaluation() {
		return evaluation;
	}

	/** @return the page with every table of the evaluation (tree and properties) */
	public ModelPage modelPage() {
		return modelPage;
	}

	/** Brings the page with every table to the front. */
	public void showAllTables() {
		tabs.setSelection(1);
		registersPage.setVisible(false);
	}

	/** @return the page with the rows of the four registers */
	public RegistersPage registersPage() {
		return registersPage;
	}

	/** Brings the page with the registers to the front. */
	public void showRegisters() {
		tabs.setSelection(registersTab);
		registersPage.setVisible(true);
	}

	/** @return the year being edited, or null when the evaluation has none */
	public AccountingYear selectedYear() {
		return selectedYear;
	}

	/** @return the amount entered for line {@code code} of the selected year */
	public Optional<BigDecimal> enteredAmount(String code) {
		return AccountLines.of(selectedYear).entered(code);
	}

	/** @return the value the editor shows for a line: entered, or derived from the lines beneath */
	public Optional<BigDecimal> shownAmount(String code) {
		return AccountLines.of(selectedYear).line(code).map(SourcedValue::amount);
	}

	/** Sets (or, with an empty amount, clears) a line of the selected year, as an undoable command. */
	public void setAmount(String code, Optional<BigDecimal> amount) {
		if (selectedYear == null) {
			return;
		}
		Command command = AccountLineCommands.setAmount(domain, selectedYear, code, amount);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/** @return the editor's command stack, whose undo and redo the Edit menu runs */
	public CommandStack commandStack() {
		return domain.getCommandStack();
	}

	void showStatus(String message) {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		String id = ((EvaluationEditorInput) getEditorInput()).stored().id();
		try {
			WorkbenchStore.get().save(id, evaluation);
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			firePropertyChange(PROP_DIRTY);
			WorkbenchStore.fireSaved(id);
		} catch (StoreException e) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			ErrorDialog.openError(getSite().getShell(), Messages.EvaluationEditor_saveFailed, e.getMessage(),
					Status.error(e.getMessage(), e));
		}
	}

	@Override
	public void doSaveAs() {
		// An evaluation lives in the store under its id; there is no other place to save it to.
	}

	@Override
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (undo != null) {
			undo.dispose();
			redo.dispose();
		}
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
		super.dispose();
	}

	private void commandStackChanged() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh();
			modelPage.refresh();
			registersPage.refresh();
			showStatus(null);
		}
		firePropertyChange(PROP_DIRTY);
	}

	private TableViewerColumn column(String title, int width, Function<AccountRow, String> text) {
		return TextColumns.add(viewer, AccountRow.class, title, width, text, row -> row.definition().isDerived());
	}

	private List<AccountingYear> years() {
		return evaluation.getYears().stream().sorted(Comparator.comparingInt(AccountingYear::getYear)).toList();
	}

	private String amountText(AccountRow row) {
		return shownAmount(row.code()).map(value -> ValueFormat.number(value, Unit.CURRENCY, Locale.getDefault()))
				.orElse(row.definition().isDerived() ? "\u2013" : "");
	}
}
