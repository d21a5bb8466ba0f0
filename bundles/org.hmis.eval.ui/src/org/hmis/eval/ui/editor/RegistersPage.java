/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.editor;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hmis.eval.interchange.internal.RegisterColumn;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.registers.Register;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.ui.Messages;
import org.hmis.eval.ui.help.HelpContexts;

/**
 * The four registers of the evaluation, one tab each, read-only: register tables are replaced as a
 * whole by an import, never edited cell by cell. Each tab is a virtual {@link Table} with one column
 * per interchange column; an item gets its texts only when it comes on screen ({@link SWT#SetData}),
 * read from the columns of the {@link RegisterTables}, so five million claims never become five
 * million sets of strings. The item count of a tab is set the first time the tab is shown: on GTK
 * that count costs a native list row per register row, which an evaluator who never looks at the
 * claims should not pay for when opening the editor.
 */
public final class RegistersPage {

	private final Supplier<RegisterTables> source;
	private final RegisterCells cells = new RegisterCells(Locale.getDefault());
	private final NumberFormat counts = NumberFormat.getIntegerInstance(Locale.getDefault());
	private final Composite control;
	private final CTabFolder folder;
	private final Map<Register, RegisterTab> tabs = new EnumMap<>(Register.class);
	private RegisterTables shown;
	private boolean visible;

	RegistersPage(Composite parent, Evaluation evaluation) {
		this.source = () -> tables(evaluation);
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout());
		folder = new CTabFolder(control, SWT.TOP | SWT.FLAT | SWT.BORDER);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		shown = source.get();
		for (Register register : Register.values()) {
			tabs.put(register, new RegisterTab(register));
		}
		folder.setSelection(0);
		folder.addListener(SWT.Selection, event -> revealSelected());
	}

	private static RegisterTables tables(Evaluation evaluation) {
		Registers registers = evaluation.getRegisters();
		RegisterTables tables = registers == null ? null : registers.getTables();
		return tables == null ? RegisterTables.EMPTY : tables;
	}

	Composite control() {
		return control;
	}

	/** Tells the page that it came on screen (or left it), so that the selected register gets its rows. */
	void setVisible(boolean onScreen) {
		visible = onScreen;
		revealSelected();
	}

	/** Brings the tab of {@code register} to the front and gives its table the register's rows. */
	public void show(Register register) {
		folder.setSelection(tabs.get(register).item);
		revealSelected();
	}

	/** @return the virtual table of a register */
	public Table table(Register register) {
		return tabs.get(register).table;
	}

	/** @return the line above a register's table, which says how many rows it has */
	public String countLine(Register register) {
		return tabs.get(register).count.getText();
	}

	/**
	 * @return how many items of a register's table have been given their texts since the table
	 *         was filled: the rows that came on screen, not the rows of the register
	 */
	public int filledItems(Register register) {
		return tabs.get(register).filled;
	}

	/**
	 * Shows the registers again if the evaluation's tables were replaced (an undo or a redo of the
	 * All Tables page may add or remove the registers); the same tables keep their tables and items.
	 */
	void refresh() {
		RegisterTables current = source.get();
		if (current == shown || control.isDisposed()) {
			return;
		}
		shown = current;
		tabs.values().forEach(RegisterTab::rebuild);
		revealSelected();
	}

	private void revealSelected() {
		if (!visible || control.isDisposed()) {
			return;
		}
		CTabItem selected = folder.getSelection();
		tabs.values().stream().filter(tab -> tab.item == selected).findFirst().ifPresent(RegisterTab::reveal);
	}

	private static String tabText(Register register) {
		return switch (register) {
		case CONTRACTS -> Messages.RegistersPage_contracts;
		case BENEFICIARIES -> Messages.RegistersPage_beneficiaries;
		case PAYMENTS -> Messages.RegistersPage_payments;
		case CLAIMS -> Messages.RegistersPage_claims;
		};
	}

	private static String countPattern(Register register) {
		return switch (register) {
		case CONTRACTS -> Messages.RegistersPage_contractsCount;
		case BENEFICIARIES -> Messages.RegistersPage_beneficiariesCount;
		case PAYMENTS -> Messages.RegistersPage_paymentsCount;
		case CLAIMS -> Messages.RegistersPage_claimsCount;
		};
	}

	/** One register: the line with its row count and its virtual table. */
	private final class RegisterTab {

		private final Register register;
		private final List<RegisterColumn> columns;
		private final CTabItem item;
		private final Composite page;
		private final Label count;
		private Table table;
		private boolean revealed;
		private int filled;

		RegisterTab(Register register) {
			this.register = register;
			this.columns = RegisterColumn.of(register);
			page = new Composite(folder, SWT.NONE);
			page.setLayout(new GridLayout());
			count = new Label(page, SWT.NONE);
			count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			item = new CTabItem(folder, SWT.NONE);
			item.setText(tabText(register));
			item.setControl(page);
			rebuild();
		}

		/**
		 * Replaces the table by one for the tables shown now. A new widget, not removeAll: on GTK
		 * removing a million rows one by one takes far longer than dropping the widget.
		 */
		void rebuild() {
			if (table != null) {
				table.dispose();
			}
			int rows = shown.size(register);
			count.setText(MessageFormat.format(countPattern(register), rows, counts.format(rows)));
			table = new Table(page, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL
					| SWT.H_SCROLL);
			table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			table.setHeaderVisible(true);
			table.setLinesVisible(true);
			HelpContexts.attach(table, HelpContexts.EVALUATION_EDITOR);
			GC gc = new GC(table);
			try {
				for (RegisterColumn column : columns) {
					TableColumn header = new TableColumn(table, column.kind() == RegisterColumn.Kind.AMOUNT ? SWT.RIGHT : SWT.LEFT);
					header.setText(RegisterCells.header(column));
					header.setToolTipText(NLS.bind(Messages.RegisterColumn_tooltip, RegisterColumn.fileName(register),
							column.column()));
					header.setWidth(Math.max(gc.textExtent(header.getText()).x + 24, width(column.kind())));
				}
			} finally {
				gc.dispose();
			}
			RegisterTables tables = shown;
			Table filledTable = table;
			table.addListener(SWT.SetData, event -> {
				TableItem row = (TableItem) event.item;
				String[] texts = new String[columns.size()];
				for (int i = 0; i < texts.length; i++) {
					texts[i] = cells.text(tables, columns.get(i), event.index);
				}
				row.setText(texts);
				if (filledTable == table) {
					filled++;
				}
			});
			filled = 0;
			revealed = false;
			page.layout(true);
		}

		/** Gives the table its item count the first time it is on screen. */
		void reveal() {
			if (revealed) {
				return;
			}
			revealed = true;
			int rows = shown.size(register);
			BusyIndicator.showWhile(table.getDisplay(), () -> table.setItemCount(rows));
		}

		private static int width(RegisterColumn.Kind kind) {
			return switch (kind) {
			case DATE -> 100;
			case AMOUNT -> 120;
			case TEXT -> 120;
			case LITERAL -> 100;
			};
		}
	}
}
