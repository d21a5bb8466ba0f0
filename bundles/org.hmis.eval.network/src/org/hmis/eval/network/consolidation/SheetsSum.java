/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network.consolidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.ClaimsListingEntry;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.MonthlyBeneficiaries;
import org.hmis.eval.sheets.BeneficiaryColumn;
import org.hmis.eval.sheets.BeneficiarySheet;
import org.hmis.eval.sheets.ClaimsSheet;
import org.hmis.eval.sheets.MonitoringSheets;
import org.hmis.eval.sheets.SheetRowKey;

/**
 * Tables 7 and 8 of several mutuals for one year, summed month by month. Each member's sheets come
 * from {@link org.hmis.eval.sheets.YearSheets}: derived from its registers when it has them (spec
 * section 3), otherwise as entered, so millions of register rows are reduced to twelve months before
 * they are added. A table is summed only when every member has it: a sum over some of them would
 * pass for the whole.
 */
final class SheetsSum {

	private static final int MONTHS = 12;

	private SheetsSum() {
	}

	/** Enters the sum of the members' Table 7, when each gives all twelve months of X. */
	static void beneficiaries(List<MonitoringSheets> members, AccountingYear into) {
		if (members.isEmpty() || !members.stream().allMatch(sheets -> complete(sheets.beneficiaries()))) {
			return;
		}
		for (int month = 1; month <= MONTHS; month++) {
			MonthlyBeneficiaries row = ModelFactory.eINSTANCE.createMonthlyBeneficiaries();
			row.setMonth(month);
			row.setX1(sum(members, BeneficiaryColumn.X1, month));
			row.setX2(sum(members, BeneficiaryColumn.X2, month));
			row.setX(sum(members, BeneficiaryColumn.X, month));
			row.setY1(sum(members, BeneficiaryColumn.Y1, month));
			row.setY2(sum(members, BeneficiaryColumn.Y2, month));
			row.setY(sum(members, BeneficiaryColumn.Y, month));
			row.setZ1(sum(members, BeneficiaryColumn.Z1, month));
			row.setZ2(sum(members, BeneficiaryColumn.Z2, month));
			row.setZ3(sum(members, BeneficiaryColumn.Z3, month));
			row.setDependents(sum(members, BeneficiaryColumn.DEPENDENTS, month));
			into.getMonthlyBeneficiaries().add(row);
		}
	}

	private static boolean complete(BeneficiarySheet sheet) {
		for (int month = 1; month <= MONTHS; month++) {
			if (sheet.value(BeneficiaryColumn.X, month).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/** @return the sum of a cell over the members, or null (unknown) when one of them lacks it */
	private static Long sum(List<MonitoringSheets> members, BeneficiaryColumn column, int month) {
		long total = 0;
		for (MonitoringSheets sheets : members) {
			OptionalLong value = sheets.beneficiaries().value(column, month);
			if (value.isEmpty()) {
				return null;
			}
			total += value.getAsLong();
		}
		return total;
	}

	/**
	 * Enters the sum of the members' Table 8, when each has one. Claims of a provider named alike by
	 * two mutuals add up in one row; otherwise each provider keeps its row, and the category totals
	 * (provider {@code ALL}) add up across all of them.
	 */
	static void claims(List<MonitoringSheets> members, AccountingYear into) {
		if (members.isEmpty() || members.stream().anyMatch(sheets -> sheets.claims().providers().isEmpty())) {
			return;
		}
		record Cell(int month, String provider, String category) {
		}
		Map<Cell, long[]> counts = new LinkedHashMap<>();
		Map<Cell, BigDecimal> costs = new LinkedHashMap<>();
		for (MonitoringSheets sheets : members) {
			ClaimsSheet claims = sheets.claims();
			for (String provider : claims.providers()) {
				for (String category : claims.categories()) {
					SheetRowKey row = new SheetRowKey(provider, category);
					if (!claims.isOffered(row)) {
						continue;
					}
					for (int month = 1; month <= MONTHS; month++) {
						Cell cell = new Cell(month, provider, category);
						counts.computeIfAbsent(cell, key -> new long[1])[0] += claims.count(row, month);
						costs.merge(cell, claims.cost(row, month), BigDecimal::add);
					}
				}
			}
		}
		List<ClaimsListingEntry> entries = new ArrayList<>();
		counts.forEach((cell, count) -> {
			ClaimsListingEntry entry = ModelFactory.eINSTANCE.createClaimsListingEntry();
			entry.setMonth(cell.month());
			entry.setProvider(cell.provider());
			entry.setCategory(cell.category());
			entry.setCount(count[0]);
			entry.setCost(costs.get(cell));
			entries.add(entry);
		});
		into.getClaimsListing().addAll(entries);
	}
}
