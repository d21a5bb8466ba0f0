/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Remembers the key of every row of a file, to refuse a row whose key was already given. */
final class RowKeys {

	private final Map<String, Integer> firstLines = new HashMap<>();

	/**
	 * @return true when {@code key} is new; otherwise reports a duplicate at the row and returns
	 *         false
	 */
	boolean isNew(CsvRow row, String what, Object... keyParts) {
		String key = String.join("/", Arrays.stream(keyParts).map(String::valueOf).toList());
		Integer first = firstLines.putIfAbsent(key, row.line());
		if (first != null) {
			row.error("duplicate " + what + " (first given on line " + first + ")");
			return false;
		}
		return true;
	}
}
