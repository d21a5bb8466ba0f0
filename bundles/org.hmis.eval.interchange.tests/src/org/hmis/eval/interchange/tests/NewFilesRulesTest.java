/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.AccountingYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of the Table 5, 7 and 8 files, and the Sucura example read through them. */
class NewFilesRulesTest {

	@TempDir
	Path folder;

	@Test
	void brokenRowsOfTheMonitoringSheetsAreRefusedWithFileAndLine() throws Exception {
		Files.writeString(folder.resolve("monthly_beneficiaries.csv"),
				"year,month,X1,X2,X\n2006,13,1,0,5\n2006,1,-1,0,5\n2006,2,1,0,5\n2006,2,1,0,6\n");
		Files.writeString(folder.resolve("claims_listing.csv"),
				"year,month,provider,category,count,cost\n2006,1,Hospital Y,medicines,2,abc\n2006,1,,medicines,2,10\n");
		Files.writeString(folder.resolve("population.csv"), "year,area_population\n2006,-5\n2006,10\n");
		ImportException refused = assertThrows(ImportException.class, () -> InterchangeImporter.importFolder(folder));
		assertEquals(List.of(
				"claims_listing.csv:2:6: cost is not a number: 'abc'",
				"claims_listing.csv:3:3: provider is empty",
				"monthly_beneficiaries.csv:2:2: month must be between 1 and 12: 13",
				"monthly_beneficiaries.csv:3:3: X1 is not a whole number of zero or more: '-1'",
				"monthly_beneficiaries.csv:5: duplicate year 2006, month 2 (first given on line 4)",
				"population.csv:2:2: area_population is not a whole number of zero or more: '-5'",
				"population.csv:3: duplicate year 2006 (first given on line 2)"),
				refused.problems().stream().map(ImportProblem::toString).toList());
	}

	@Test
	void sucuraCarriesItsSheetsAndPopulation() throws Exception {
		List<AccountingYear> years = InterchangeImporter.importFolder(InterchangeImporterTest.example("sucura"))
				.evaluation().getYears();
		assertEquals(List.of(2004, 2005, 2006), years.stream().map(AccountingYear::getYear).toList());
		AccountingYear n = years.get(2);
		assertEquals(12, n.getMonthlyBeneficiaries().size());
		assertEquals(120, n.getClaimsListing().size());
		assertEquals(10_300L, n.getPopulation().getTargetPopulation());
		assertEquals(0, new BigDecimal("238").compareTo(years.get(1).getMembershipAverages().getMembers()));
	}
}
