/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.util.HashMap;
import java.util.Map;

/** Remembers the key of every row of a file, to refuse a row whose key was already given. */
final class RowKeys {

	private final Map<String, Integer> firstLines = new HashMap<>();

	/**
	 * @param key the row's key in words ({@code year 2006, line A}), also the message's subject
	 * @return true when {@code key} is new; otherwise reports a duplicate at the row and returns
	 *         false
	 */
	boolean isNew(CsvRow row, String key) {
		Integer first = firstLines.putIfAbsent(key, row.line());
		if (first != null) {
			row.error(row.message("row.duplicate", key, first));
			return false;
		}
		return true;
	}
}
