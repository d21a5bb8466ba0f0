/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.tests;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hmis.eval.sheets.BeneficiaryColumn;
import org.hmis.eval.sheets.BeneficiaryMonth;
import org.hmis.eval.sheets.BeneficiarySheet;
import org.hmis.eval.sheets.ClaimsEntry;
import org.hmis.eval.sheets.ClaimsSheet;
import org.hmis.eval.sheets.MonitoringSheets;

/**
 * Reads the Sucura example's Tables 7 and 8 (examples/sucura) for these tests. The two files
 * have no quoted fields, so splitting on commas is enough here; the product imports them with the
 * interchange reader.
 */
final class SucuraSheets {

	private SucuraSheets() {
	}

	static MonitoringSheets load() throws IOException {
		Path folder = Path.of(System.getProperty("hmis.examples"), "sucura");
		return new MonitoringSheets(beneficiaries(folder.resolve("monthly_beneficiaries.csv")),
				claims(folder.resolve("claims_listing.csv")));
	}

	private static BeneficiarySheet beneficiaries(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file);
		String[] header = lines.get(0).split(",");
		List<BeneficiaryMonth> months = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			Map<BeneficiaryColumn, Long> values = new EnumMap<>(BeneficiaryColumn.class);
			for (BeneficiaryColumn column : BeneficiaryColumn.values()) {
				String cell = cells[indexOf(header, column.key())];
				if (!cell.isBlank()) {
					values.put(column, Long.parseLong(cell));
				}
			}
			months.add(new BeneficiaryMonth(Integer.parseInt(cells[indexOf(header, "month")]), values));
		}
		return new BeneficiarySheet(months);
	}

	private static ClaimsSheet claims(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file);
		String[] header = lines.get(0).split(",");
		List<ClaimsEntry> entries = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			entries.add(new ClaimsEntry(Integer.parseInt(cells[indexOf(header, "month")]), cells[indexOf(header, "provider")],
					cells[indexOf(header, "category")], Long.parseLong(cells[indexOf(header, "count")]),
					new BigDecimal(cells[indexOf(header, "cost")])));
		}
		return new ClaimsSheet(entries);
	}

	private static int indexOf(String[] header, String column) {
		for (int i = 0; i < header.length; i++) {
			if (header[i].equals(column)) {
				return i;
			}
		}
		throw new IllegalArgumentException("no column " + column);
	}
}
