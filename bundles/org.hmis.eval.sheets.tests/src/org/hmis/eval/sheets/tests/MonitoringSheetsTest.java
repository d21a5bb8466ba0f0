/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.hmis.eval.sheets.BeneficiaryColumn;
import org.hmis.eval.sheets.CategoryShare;
import org.hmis.eval.sheets.MonitoringSheets;
import org.hmis.eval.sheets.SheetRowKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tables 7 to 11 of the guide's Sucura example (year N = 2006), against the guide's printed figures. */
class MonitoringSheetsTest {

	private static final SheetRowKey ALL = new SheetRowKey(SheetRowKey.ALL, SheetRowKey.ALL);

	private static MonitoringSheets sucura;

	@BeforeAll
	static void load() throws Exception {
		sucura = SucuraSheets.load();
	}

	@Test
	void table7AnnualAveragesAreTheMeansOfTheMonths() {
		assertClose(265.4, sucura.beneficiaries().annualAverage(BeneficiaryColumn.X).orElseThrow(), 0.05);
		assertClose(1704.9, sucura.beneficiaries().annualAverage(BeneficiaryColumn.Y).orElseThrow(), 0.05);
		assertClose(1439.5, sucura.beneficiaries().annualAverage(BeneficiaryColumn.DEPENDENTS).orElseThrow(), 0.05);
	}

	@Test
	void table9SharesOfMedicines() {
		CategoryShare medicines = sucura.structure().stream().filter(row -> row.category().equals("medicines"))
				.findFirst().orElseThrow();
		assertEquals(155, medicines.count());
		assertClose(50.2, medicines.countShare().orElseThrow(), 0.05);
		assertEquals(0, new BigDecimal("268000").compareTo(medicines.cost()));
		assertClose(14.9, medicines.costShare().orElseThrow(), 0.05);
		List<CategoryShare> all = sucura.structure();
		assertEquals(309, all.stream().mapToLong(CategoryShare::count).sum(), "guide: 309 claims in 2006");
	}

	@Test
	void table10AnnualAverageIsTotalCostOverTotalClaims() {
		// Guide: 5,835 (1,803,000 / 309 = 5,834.95).
		assertClose(5835, sucura.annualAverageCost(ALL).orElseThrow(), 0.5);
		assertClose(1913.0, sucura.annualAverageCost(new SheetRowKey("Hospital Y", "medicines")).orElseThrow(), 0.05);
	}

	@Test
	void table11AnnualFrequencyUsesTheAverageNumberOfBeneficiaries() {
		assertClose(18.12, sucura.annualFrequency(ALL).orElseThrow(), 0.005);
	}

	@Test
	void serviceNotOfferedHasNoFiguresRatherThanZero() {
		SheetRowKey surgeryAtHealthCentre = new SheetRowKey("Health Centre X", "surgery");
		assertTrue(sucura.annualAverageCost(surgeryAtHealthCentre).isEmpty());
		assertTrue(sucura.annualFrequency(surgeryAtHealthCentre).isEmpty());
		assertTrue(sucura.frequency(surgeryAtHealthCentre, 1).isEmpty());
	}

	@Test
	void offeredServiceWithoutClaimsHasNoAverageCostButAZeroFrequency() {
		SheetRowKey specialist = new SheetRowKey("Hospital Y", "specialist");
		assertTrue(sucura.annualAverageCost(specialist).isEmpty(), "an average over zero claims is not computable");
		assertEquals(0, BigDecimal.ZERO.compareTo(sucura.annualFrequency(specialist).orElseThrow()));
	}

	@Test
	void rowsCoverEveryPairThenProvidersThenCategoriesThenEverything() {
		List<SheetRowKey> rows = sucura.claims().rows();
		int providers = sucura.claims().providers().size();
		int categories = sucura.claims().categories().size();
		assertEquals(providers * categories + providers + categories + 1, rows.size());
		assertEquals(ALL, rows.get(rows.size() - 1));
	}

	private static void assertClose(double printed, BigDecimal exact, double tolerance) {
		assertTrue(Math.abs(exact.doubleValue() - printed) <= tolerance,
				"printed " + printed + ", computed " + exact.toPlainString());
	}
}
