/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hmis.eval.interchange.format.Column;
import org.hmis.eval.interchange.format.InterchangeFile;
import org.hmis.eval.interchange.format.InterchangeFormat;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelPackage;

/**
 * Reads a {@link InterchangeFile.Layout#ROWS} file from its declaration: each row becomes an object
 * of the file's class whose features are the row's cells, read as their columns say. A row is kept
 * when every cell is valid, its file's own rules ({@link RowRules}) hold and its key is new; it is
 * then added where the file's reference says, in its accounting year when the file has one.
 */
final class RowsFileReader {

	private RowsFileReader() {
	}

	static void read(CsvTable table, InterchangeFile file, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		RowRules.Rule rule = RowRules.of(file);
		for (CsvRow row : table.rows()) {
			EObject object = EcoreUtil.create(file.rowClass());
			Integer year = null;
			List<String> key = new ArrayList<>();
			boolean valid = true;
			boolean keyValid = true;
			for (Column column : file.columns()) {
				Object value = row.value(column);
				if (value == CsvRow.INVALID) {
					valid = false;
					keyValid &= !column.isKey();
					continue;
				}
				if (column.isKey()) {
					key.add(column.name() + " " + Column.spell(value));
				}
				if (value == null) {
					continue;
				}
				if (InterchangeFormat.isYear(column)) {
					year = (Integer) value;
				} else {
					set(object, column.feature().orElseThrow(), value);
				}
			}
			// A row whose key is readable takes its key even when another cell is refused, so that a
			// later row with the same key is reported too.
			boolean keyNew = !keyValid || key.isEmpty() || keys.isNew(row, String.join(", ", key));
			if (!valid || !keyNew || !rule.holds(row, object, evaluation)) {
				continue;
			}
			place(object, file.reference().orElseThrow(), evaluation, year);
		}
	}

	@SuppressWarnings("unchecked")
	private static void set(EObject object, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			((EList<Object>) object.eGet(feature)).addAll((List<?>) value);
		} else {
			object.eSet(feature, value);
		}
	}

	@SuppressWarnings("unchecked")
	private static void place(EObject object, EReference reference, Evaluation evaluation, Integer year) {
		EObject owner;
		if (reference.getEContainingClass() == ModelPackage.Literals.ACCOUNTING_YEAR) {
			owner = YearIndex.yearOf(evaluation, year);
		} else if (reference.getEContainingClass() == ModelPackage.Literals.SCHEME) {
			owner = evaluation.getScheme();
		} else {
			owner = evaluation;
		}
		if (reference.isMany()) {
			((EList<EObject>) owner.eGet(reference)).add(object);
		} else {
			owner.eSet(reference, object);
		}
	}
}
