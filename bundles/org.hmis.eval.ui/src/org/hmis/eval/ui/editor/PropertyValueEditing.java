/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.editor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.hmis.eval.ui.Messages;

/**
 * Edits a property value in place: a list of choices for enumerations and yes/no, text otherwise,
 * read with the model's own conversions (amounts, dates, counts; lists separated by {@code ;}).
 * Text the property cannot take is refused with a message, never stored.
 */
final class PropertyValueEditing extends EditingSupport {

	/** Receives the change a cell edit asks for. */
	interface Sink {
		void set(PropertyRow row, Object value);
	}

	private final TableViewer viewer;
	private final Sink sink;
	private final Consumer<String> status;

	PropertyValueEditing(TableViewer viewer, Sink sink, Consumer<String> status) {
		super(viewer);
		this.viewer = viewer;
		this.sink = sink;
		this.status = status;
	}

	@Override
	protected boolean canEdit(Object element) {
		return ((PropertyRow) element).isEditable();
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		PropertyRow row = (PropertyRow) element;
		List<?> choices = row.choices();
		if (choices != null) {
			return new ComboBoxCellEditor(viewer.getTable(), choices.stream().map(row::text).toArray(String[]::new),
					SWT.READ_ONLY);
		}
		return new TextCellEditor(viewer.getTable());
	}

	@Override
	protected Object getValue(Object element) {
		PropertyRow row = (PropertyRow) element;
		List<?> choices = row.choices();
		if (choices != null) {
			return Math.max(0, choices.indexOf(row.owner().eGet(row.feature())));
		}
		return row.valueText();
	}

	@Override
	protected void setValue(Object element, Object value) {
		PropertyRow row = (PropertyRow) element;
		List<?> choices = row.choices();
		if (choices != null) {
			int index = (Integer) value;
			if (index >= 0) {
				sink.set(row, choices.get(index));
			}
			return;
		}
		String text = ((String) value).trim();
		if (text.equals(row.valueText())) {
			return;
		}
		parse(row, text).ifPresentOrElse(parsed -> {
			status.accept(null);
			sink.set(row, parsed);
		}, () -> status.accept(NLS.bind(Messages.EvaluationEditor_invalidValue, row.name(), text)));
	}

	/** @return the value for the text (a list for a many-valued property, null for a blank), or empty if invalid */
	static Optional<Object> parse(PropertyRow row, String text) {
		EDataType type = ((EAttribute) row.feature()).getEAttributeType();
		try {
			if (row.feature().isMany()) {
				return Optional.of(Arrays.stream(text.split(";")).map(String::trim).filter(part -> !part.isEmpty())
						.map(part -> EcoreUtil.createFromString(type, part)).toList());
			}
			if (text.isEmpty()) {
				return type.getInstanceClass().isPrimitive() ? Optional.empty() : Optional.of(NULL);
			}
			return Optional.ofNullable(EcoreUtil.createFromString(type, text));
		} catch (RuntimeException e) {
			return Optional.empty();
		}
	}

	/** Stands for "no value" in {@link #parse}, since an Optional cannot hold null. */
	static final Object NULL = new Object();
}
