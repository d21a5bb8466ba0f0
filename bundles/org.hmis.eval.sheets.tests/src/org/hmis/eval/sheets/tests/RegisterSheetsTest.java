/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.registers.ContractRow;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.sheets.BeneficiaryColumn;
import org.hmis.eval.sheets.BeneficiarySheet;
import org.hmis.eval.sheets.MembershipFigures;
import org.hmis.eval.sheets.MonitoringSheets;
import org.hmis.eval.sheets.SheetRowKey;
import org.hmis.eval.sheets.registers.AccountingCalendar;
import org.hmis.eval.sheets.registers.PremiumCollection;
import org.hmis.eval.sheets.registers.RegisterSheets;
import org.hmis.eval.sheets.registers.RenewalRates;
import org.hmis.eval.testing.RegisterFixtures;
import org.hmis.eval.testing.TranslatedTexts;
import org.junit.jupiter.api.Test;

/** Tables 7 and 8, renewals, premium collection, areas and I.4 groups derived from registers (spec section 3). */
class RegisterSheetsTest {

	private final Evaluation evaluation = RegisterFixtures.closedEnrolmentScheme();

	@Test
	void table7CountsMembersAtEachMonthEndWithJoinersAndLapses() {
		BeneficiarySheet sheet = new MembershipFigures(evaluation).sheets(2005).beneficiaries();
		assertEquals(Collections.nCopies(12, 340L), sheet.monthly(BeneficiaryColumn.X));
		assertEquals(250L, sheet.value(BeneficiaryColumn.X1, 1).getAsLong(), "new members of January");
		assertEquals(10L, sheet.value(BeneficiaryColumn.X2, 1).getAsLong(), "lapses of January");
		assertEquals(0L, sheet.value(BeneficiaryColumn.X1, 2).getAsLong());
		assertEquals(170L, sheet.value(BeneficiaryColumn.DEPENDENTS, 6).getAsLong());
		assertEquals(510L, sheet.value(BeneficiaryColumn.Y, 6).getAsLong());
		assertEquals(510L, sheet.value(BeneficiaryColumn.Z1, 6).getAsLong(), "all voluntary");
		assertEquals(0L, sheet.value(BeneficiaryColumn.Z2, 6).getAsLong());
		assertEquals(0, BigDecimal.valueOf(340).compareTo(sheet.annualAverage(BeneficiaryColumn.X).orElseThrow()));
	}

	@Test
	void table7SplitsBeneficiariesInTheGuidesOrderVoluntaryAutomaticCompulsory() {
		// The 2006 contracts of members 1-100 become automatic, those of 101-150 compulsory. Members
		// 91-100 lapsed in 2005, so 90 members with 45 dependants (even numbers) are automatic and
		// 50 members with 25 dependants compulsory at every month end of 2006.
		Evaluation evaluation = RegisterFixtures.closedEnrolmentScheme((member, year) -> year != 2006
				? MembershipType.VOLUNTARY
				: member <= 100 ? MembershipType.AUTOMATIC : member <= 150 ? MembershipType.COMPULSORY : MembershipType.VOLUNTARY);
		BeneficiarySheet sheet = new MembershipFigures(evaluation).sheets(2006).beneficiaries();
		for (int month = 1; month <= 12; month++) {
			long entitled = sheet.value(BeneficiaryColumn.Y, month).getAsLong();
			assertEquals(90L + 45L, sheet.value(BeneficiaryColumn.Z2, month).getAsLong(), "Z2 is automatic");
			assertEquals(50L + 25L, sheet.value(BeneficiaryColumn.Z3, month).getAsLong(), "Z3 is compulsory");
			assertEquals(entitled - 135L - 75L, sheet.value(BeneficiaryColumn.Z1, month).getAsLong(), "Z1 is voluntary");
		}
	}

	@Test
	void balanceOfTable7HoldsInEveryMonth() {
		for (int year = 2004; year <= 2006; year++) {
			BeneficiarySheet sheet = new MembershipFigures(evaluation).sheets(year).beneficiaries();
			long before = year == 2004 ? 0 : year == 2005 ? 100 : 340;
			for (int month = 1; month <= 12; month++) {
				long now = sheet.value(BeneficiaryColumn.X, month).getAsLong();
				assertEquals(now, before + sheet.value(BeneficiaryColumn.X1, month).getAsLong()
						- sheet.value(BeneficiaryColumn.X2, month).getAsLong(), year + "-" + month);
				before = now;
			}
		}
	}

	@Test
	void table8CountsAuthorizedClaimsInTheirServiceMonth() {
		MonitoringSheets sheets = new MembershipFigures(evaluation).sheets(2006);
		SheetRowKey outpatient = new SheetRowKey("Health Centre X", "outpatient");
		assertEquals(3, sheets.claims().count(outpatient, 1), "the rejected claim does not count");
		assertEquals(0, BigDecimal.valueOf(12000).compareTo(sheets.claims().cost(outpatient, 1)));
		assertEquals(0, sheets.claims().count(outpatient, 2));
		assertFalse(sheets.claims().isOffered(new SheetRowKey("Health Centre X", "medicines")),
				"a pair never claimed is '-', not 0");
		assertEquals(0, BigDecimal.valueOf(1500)
				.compareTo(sheets.annualAverageCost(new SheetRowKey("Hospital Y", "medicines")).orElseThrow()));
		assertTrue(sheets.averageCost(new SheetRowKey("Hospital Y", "medicines"), 1).isEmpty(),
				"an average over no claims is not computable");
	}

	@Test
	void renewalsOfTheGuidesClosedEnrolmentExample() {
		RenewalRates n1 = new RenewalRates(evaluation.getRegisters().getTables(), new AccountingCalendar(2005, 1), 30);
		assertEquals(100, n1.due());
		assertEquals(90, n1.renewed());
		assertEquals(0, BigDecimal.valueOf(90).compareTo(n1.closedEnrolmentRate().orElseThrow()));
		RenewalRates n = new RenewalRates(evaluation.getRegisters().getTables(), new AccountingCalendar(2006, 1), 30);
		assertEquals(List.of(new RenewalRates.MonthRate(1, 340, 320)), n.months(), "all contracts fall due in January");
		assertEquals("94.1", n.openEnrolmentRate().orElseThrow().setScale(1, java.math.RoundingMode.HALF_UP).toString());
		assertTrue(new RenewalRates(evaluation.getRegisters().getTables(), new AccountingCalendar(2003, 1), 30).closedEnrolmentRate()
				.isEmpty(), "nothing falls due");
	}

	@Test
	void table6ListsEveryContractFallingDueWithItsRenewal() {
		List<RenewalRates.RenewalLine> sheet = new RenewalRates(evaluation.getRegisters().getTables(), new AccountingCalendar(2006, 1),
				30).renewalSheet();
		assertEquals(340, sheet.size());
		RenewalRates.RenewalLine lapsed = sheet.stream().filter(line -> line.memberId().equals("M350")).findFirst()
				.orElseThrow();
		assertFalse(lapsed.renewed());
		assertTrue(lapsed.renewedOn().isEmpty());
		RenewalRates.RenewalLine renewed = sheet.stream().filter(line -> line.memberId().equals("M1")).findFirst()
				.orElseThrow();
		assertEquals(LocalDate.of(2006, 1, 1), renewed.renewedOn().orElseThrow());
	}

	@Test
	void aContractEarnsItsPremiumMonthByMonthWithPartialMonthsByDays() {
		org.hmis.eval.model.Evaluation one = org.hmis.eval.model.ModelFactory.eINSTANCE.createEvaluation();
		org.hmis.eval.model.Registers registers = org.hmis.eval.model.ModelFactory.eINSTANCE.createRegisters();
		RegisterTables.Builder rows = RegisterTables.builder();
		rows.add(ContractRow.of("M1", LocalDate.of(2006, 1, 16), LocalDate.of(2007, 1, 15), BigDecimal.valueOf(1200)));
		registers.setTables(rows.build());
		one.setRegisters(registers);
		// 16 of January's 31 days, then February to December: 11 + 16/31 of the 12 months the contract covers.
		AccountingYear year = org.hmis.eval.model.ModelFactory.eINSTANCE.createAccountingYear();
		year.setYear(2006);
		org.hmis.eval.model.AccountLine c = org.hmis.eval.model.ModelFactory.eINSTANCE.createAccountLine();
		c.setCode("A");
		c.setAmount(BigDecimal.valueOf(1200));
		year.getAccountLines().add(c);
		one.getYears().add(year);
		double earned = 1200 * (11 + 16.0 / 31) / 12;
		List<org.hmis.eval.sheets.registers.RegisterCrossChecks.Finding> findings = org.hmis.eval.sheets.registers.RegisterCrossChecks
				.check(one);
		assertEquals(1, findings.size(), findings.toString());
		assertTrue(findings.get(0).message().endsWith(String.format(java.util.Locale.ROOT, "%.2f", earned)),
				findings.get(0).message());
	}

	@Test
	void budgetSheetGivesDifferencesAndPercentages() {
		org.hmis.eval.model.AccountingYear year = org.hmis.eval.model.ModelFactory.eINSTANCE.createAccountingYear();
		org.hmis.eval.model.BudgetLine premiums = org.hmis.eval.model.ModelFactory.eINSTANCE.createBudgetLine();
		premiums.setSheet(org.hmis.eval.model.BudgetSheet.BUDGET);
		premiums.setLine("premiums");
		premiums.setQuarter(1);
		premiums.setBudgeted(BigDecimal.valueOf(300_000));
		premiums.setActual(BigDecimal.valueOf(270_000));
		year.getBudgetLines().add(premiums);
		org.hmis.eval.sheets.BudgetSheet.Row row = org.hmis.eval.sheets.BudgetSheet.of(year, org.hmis.eval.model.BudgetSheet.BUDGET).get(0);
		assertEquals(0, BigDecimal.valueOf(-30_000).compareTo(row.difference().orElseThrow()));
		assertEquals(0, BigDecimal.valueOf(-10).compareTo(row.differencePercent().orElseThrow()));
		assertTrue(org.hmis.eval.sheets.BudgetSheet.of(year, org.hmis.eval.model.BudgetSheet.CASH_FLOW).isEmpty());
	}

	@Test
	void premiumCollectionCountsPaymentsUpToTheAsOfDate() {
		AccountingCalendar calendar = new AccountingCalendar(2006, 1);
		PremiumCollection atYearEnd = PremiumCollection.of(evaluation.getRegisters().getTables(), calendar, calendar.lastDay());
		assertEquals(0, BigDecimal.valueOf(480_000).compareTo(atYearEnd.due()));
		assertEquals(0, BigDecimal.valueOf(450_000).compareTo(atYearEnd.received()));
		PremiumCollection later = PremiumCollection.of(evaluation.getRegisters().getTables(), calendar, LocalDate.of(2007, 1, 31));
		assertEquals(0, BigDecimal.valueOf(480_000).compareTo(later.received()));
	}

	@Test
	void membersAreSplitIntoOldAndNewAreas() {
		MembershipFigures figures = new MembershipFigures(evaluation);
		assertEquals(0, BigDecimal.valueOf(240).compareTo(figures.membersInOldAreas(2005).orElseThrow().amount()));
		assertEquals(0, BigDecimal.valueOf(100).compareTo(figures.membersInNewAreas(2005).orElseThrow().amount()));
		assertTrue(figures.membersInOldAreas(2005).orElseThrow().source().startsWith("contracts register"));
	}

	@Test
	void figuresNameTheirSourcesInFrenchToo() {
		MembershipFigures figures = new MembershipFigures(evaluation);
		assertEquals("contracts register, annual average of members in new areas (2005)",
				figures.membersInNewAreas(2005).orElseThrow().source());
		assertEquals("registre des contrats, moyenne annuelle des adh\u00e9rents des nouvelles zones (2005)",
				figures.membersInNewAreas(2005).orElseThrow().source(Locale.FRENCH));
		assertEquals("Tableau 7, moyenne annuelle de la colonne Y (2006)",
				figures.beneficiaries(2006).orElseThrow().source(Locale.FRENCH));
		TranslatedTexts.assertTranslated(MembershipFigures.class, "org.hmis.eval.sheets.sources");
	}

	@Test
	void beneficiariesBySexAndAgeGroupAtEachMonthEnd() {
		Map<String, BigDecimal> groups = new RegisterSheets(evaluation.getRegisters().getTables(), new AccountingCalendar(2006, 1))
				.averageBeneficiariesByCategory();
		assertEquals(0, BigDecimal.valueOf(480).compareTo(groups.get("age_15_45")), "the members, aged 36");
		assertEquals(0, BigDecimal.valueOf(240).compareTo(groups.get("age_0_5")), "the dependants, aged 2 or 3");
		assertEquals(0, BigDecimal.valueOf(240).compareTo(groups.get("sex:F")));
		assertEquals(0, BigDecimal.valueOf(480).compareTo(groups.get("sex:M")));
	}
}
