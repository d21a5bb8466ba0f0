/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network;

import org.hmis.eval.interchange.internal.CsvRow;

/**
 * A row of {@code network.csv} whose cells were all read, kept with its CSV row so that later checks
 * (references, cycles) report at the cell concerned.
 */
record NetworkRow(CsvRow row, String id, String name, String level, String region, String district,
		String country, Affiliation affiliation) {

	/** @return the row, or null when one of its cells was refused (already reported) */
	static NetworkRow read(CsvRow row) {
		Object id = row.value(NetworkFormat.ID);
		Object name = row.value(NetworkFormat.NAME);
		Object level = row.value(NetworkFormat.LEVEL);
		Object parent = row.value(NetworkFormat.PARENT);
		Object from = row.value(NetworkFormat.FROM_YEAR);
		Object to = row.value(NetworkFormat.TO_YEAR);
		Object region = row.value(NetworkFormat.REGION);
		Object district = row.value(NetworkFormat.DISTRICT);
		Object country = row.value(NetworkFormat.COUNTRY);
		for (Object value : new Object[] { id, name, level, parent, from, to, region, district, country }) {
			if (value == CsvRow.INVALID) {
				return null;
			}
		}
		return new NetworkRow(row, (String) id, (String) name, (String) level, (String) region, (String) district,
				(String) country, new Affiliation((String) parent, (Integer) from, (Integer) to, row.line()));
	}
}
