/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

import java.lang.reflect.Array;

/** Checks shared by the tables' constructors. */
final class Columns {

	private Columns() {
	}

	/** Every column present (non-null) must have one value per row. */
	static void checkLengths(int rows, Object... columns) {
		for (Object column : columns) {
			if (column != null && Array.getLength(column) != rows) {
				throw new IllegalArgumentException("a column has " + Array.getLength(column) + " values for " + rows + " rows");
			}
		}
	}
}
