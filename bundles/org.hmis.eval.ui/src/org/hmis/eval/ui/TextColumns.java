/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui;

import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** Adds text columns to the product's table viewers, whose rows are all of one type. */
public final class TextColumns {

	private TextColumns() {
	}

	/** Adds a column showing {@code text} of each row ({@code null} shows as empty). */
	public static <T> TableViewerColumn add(TableViewer viewer, Class<T> rowType, String title, int width,
			Function<T, String> text) {
		return add(viewer, rowType, title, width, text, row -> false);
	}

	/** Adds a column whose rows matching {@code emphasized} are drawn in dark blue (computed values). */
	public static <T> TableViewerColumn add(TableViewer viewer, Class<T> rowType, String title, int width,
			Function<T, String> text, Predicate<T> emphasized) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply(rowType.cast(element));
				return value == null ? "" : value;
			}

			@Override
			public Color getForeground(Object element) {
				return emphasized.test(rowType.cast(element))
						? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE)
						: null;
			}
		});
		return column;
	}
}
