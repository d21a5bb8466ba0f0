/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.util.List;

/**
 * One parsed CSV record.
 *
 * @param line the physical line on which the record starts (1-based, header is line 1)
 * @param fields the field values, unquoted
 */
public record CsvRecord(int line, List<String> fields) {

	public CsvRecord {
		fields = List.copyOf(fields);
	}

	/** @return true for a record made of one empty field (an empty line) */
	public boolean isBlank() {
		return fields.size() == 1 && fields.get(0).isBlank();
	}
}
