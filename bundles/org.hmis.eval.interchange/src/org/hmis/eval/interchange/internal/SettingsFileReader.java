/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.hmis.eval.interchange.format.Column;
import org.hmis.eval.interchange.format.InterchangeFile;

/**
 * Reads a {@link InterchangeFile.Layout#SETTINGS} file ({@code scheme.csv}): one {@code key,value}
 * row per setting, each key declared as a column of the file whose type reads the value.
 */
final class SettingsFileReader {

	private SettingsFileReader() {
	}

	static void read(CsvTable table, InterchangeFile file, EObject target) {
		Set<String> seen = new HashSet<>();
		for (CsvRow row : table.rows()) {
			Optional<String> key = row.text(CsvTable.KEY);
			if (key.isEmpty()) {
				row.error(CsvTable.KEY, row.message("cell.empty", CsvTable.KEY));
				continue;
			}
			if (!seen.add(key.get())) {
				row.error(CsvTable.KEY, row.message("settings.duplicate", key.get()));
				continue;
			}
			Optional<Column> setting = file.column(key.get());
			if (setting.isEmpty()) {
				row.warning(row.message("settings.unknown", key.get()));
				continue;
			}
			Object value = row.value(setting.get(), CsvTable.VALUE);
			if (value != null && value != CsvRow.INVALID) {
				target.eSet(setting.get().feature().orElseThrow(), value);
			}
		}
	}
}
