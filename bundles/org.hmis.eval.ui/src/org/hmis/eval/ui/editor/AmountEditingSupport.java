/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.editor;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.hmis.eval.ui.Messages;

/**
 * Edits the amount of an entered line in place. Derived lines (subtotals) are not editable: they
 * follow from the lines beneath them. An empty cell clears the line; text that is not a number is
 * refused with a message in the status line, and nothing changes.
 */
final class AmountEditingSupport extends EditingSupport {

	private final EvaluationEditor editor;
	private final CellEditor cellEditor;

	AmountEditingSupport(TableViewer viewer, EvaluationEditor editor) {
		super(viewer);
		this.editor = editor;
		this.cellEditor = new TextCellEditor(viewer.getTable());
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return cellEditor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return !((AccountRow) element).definition().isDerived() && editor.selectedYear() != null;
	}

	@Override
	protected Object getValue(Object element) {
		return editor.enteredAmount(((AccountRow) element).code()).map(BigDecimal::toPlainString).orElse("");
	}

	@Override
	protected void setValue(Object element, Object value) {
		// Spaces, including the non-breaking ones French grouping uses, are thousands separators.
		String text = ((String) value).replaceAll("[\\s\u00a0\u202f]", "");
		String code = ((AccountRow) element).code();
		if (text.isEmpty()) {
			editor.setAmount(code, Optional.empty());
		} else if (text.matches("-?\\d+([.,]\\d+)?")) {
			editor.setAmount(code, Optional.of(new BigDecimal(text.replace(',', '.'))));
		} else {
			editor.showStatus(NLS.bind(Messages.EvaluationEditor_notANumber, text));
		}
	}
}
