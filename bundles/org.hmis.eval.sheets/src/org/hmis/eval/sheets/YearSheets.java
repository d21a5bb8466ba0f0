/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.Registers;
import org.hmis.eval.sheets.registers.AccountingCalendar;
import org.hmis.eval.sheets.registers.RegisterCache;
import org.hmis.eval.sheets.registers.RegisterSheets;
import org.hmis.eval.model.ClaimsListingEntry;
import org.hmis.eval.model.MonthlyBeneficiaries;

/** Builds the monitoring sheets of one accounting year from the evaluation model. */
public final class YearSheets {

	private YearSheets() {
	}

	/**
	 * @return Tables 7 to 11 of {@code year}: Table 7 derived from the contracts and beneficiaries
	 *         registers when the evaluation has contracts, Table 8 from the claims register when it
	 *         has claims (the registers win over the aggregated sheets), otherwise the sheets as
	 *         entered
	 */
	public static MonitoringSheets of(Evaluation evaluation, int year) {
		AccountingYear entered = evaluation.getYears().stream().filter(candidate -> candidate.getYear() == year)
				.findFirst().orElse(null);
		MonitoringSheets sheets = of(entered);
		Registers registers = evaluation.getRegisters();
		if (registers == null) {
			return sheets;
		}
		RegisterSheets derived = RegisterCache.sheets(registers, AccountingCalendar.of(evaluation.getScheme(), year));
		BeneficiarySheet beneficiaries = derived.hasContracts() ? new BeneficiarySheet(derived.beneficiaryMonths())
				: sheets.beneficiaries();
		ClaimsSheet claims = derived.hasClaims() ? new ClaimsSheet(derived.claimsListing()) : sheets.claims();
		return new MonitoringSheets(beneficiaries, claims);
	}

	/** @return Tables 7 to 11 of {@code year} as entered; empty sheets when the year has no monthly data */
	public static MonitoringSheets of(AccountingYear year) {
		List<BeneficiaryMonth> months = new ArrayList<>();
		List<ClaimsEntry> claims = new ArrayList<>();
		if (year != null) {
			for (MonthlyBeneficiaries month : year.getMonthlyBeneficiaries()) {
				months.add(new BeneficiaryMonth(month.getMonth(), values(month)));
			}
			for (ClaimsListingEntry entry : year.getClaimsListing()) {
				claims.add(new ClaimsEntry(entry.getMonth(), entry.getProvider(), entry.getCategory(), entry.getCount(),
						entry.getCost()));
			}
		}
		return new MonitoringSheets(new BeneficiarySheet(months), new ClaimsSheet(claims));
	}

	private static Map<BeneficiaryColumn, Long> values(MonthlyBeneficiaries month) {
		Map<BeneficiaryColumn, Long> values = new EnumMap<>(BeneficiaryColumn.class);
		put(values, BeneficiaryColumn.X1, month.getX1());
		put(values, BeneficiaryColumn.X2, month.getX2());
		put(values, BeneficiaryColumn.X, month.getX());
		put(values, BeneficiaryColumn.Y1, month.getY1());
		put(values, BeneficiaryColumn.Y2, month.getY2());
		put(values, BeneficiaryColumn.Y, month.getY());
		put(values, BeneficiaryColumn.Z1, month.getZ1());
		put(values, BeneficiaryColumn.Z2, month.getZ2());
		put(values, BeneficiaryColumn.Z3, month.getZ3());
		put(values, BeneficiaryColumn.DEPENDENTS, month.getDependents());
		return values;
	}

	private static void put(Map<BeneficiaryColumn, Long> values, BeneficiaryColumn column, Long value) {
		if (value != null) {
			values.put(column, value);
		}
	}
}
