/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.BenefitPlan;
import org.hmis.eval.model.BeneficiaryRole;
import org.hmis.eval.model.ClaimStatus;
import org.hmis.eval.model.ClaimsListingEntry;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.MonthlyBeneficiaries;
import org.hmis.eval.model.Provider;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.ServiceCategory;
import org.hmis.eval.model.registers.BeneficiaryRow;
import org.hmis.eval.model.registers.ClaimRow;
import org.hmis.eval.model.registers.ContractRow;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.model.validation.EvaluationValidation;
import org.junit.jupiter.api.Test;

/** The guide's consistency rules, run through EMF's Diagnostician. */
class EvaluationValidationTest {

	@Test
	void theVimoAccountsAreConsistent() {
		assertEquals(List.of(), messages(EvaluationXmiTest.vimo()));
	}

	@Test
	void anUnbalancedBalanceSheetIsAnError() {
		Evaluation vimo = EvaluationXmiTest.vimo();
		line(vimo.getYears().get(0), "18").setAmount(BigDecimal.valueOf(380_000));
		List<Diagnostic> problems = EvaluationValidation.problems(vimo);
		assertEquals(1, problems.size());
		assertEquals(Diagnostic.ERROR, problems.get(0).getSeverity());
		assertEquals("2006: the balance sheet does not balance: total assets (line 7) 790000 differ from total"
				+ " liabilities and equity (line 19) 780000", problems.get(0).getMessage());
	}

	@Test
	void anEnteredSubtotalThatDisagreesIsAWarning() {
		Evaluation vimo = EvaluationXmiTest.vimo();
		AccountLine c = ModelFactory.eINSTANCE.createAccountLine();
		c.setCode("C");
		c.setAmount(BigDecimal.valueOf(1_250_000));
		vimo.getYears().get(0).getAccountLines().add(c);
		List<Diagnostic> problems = EvaluationValidation.problems(vimo);
		assertEquals(Diagnostic.WARNING, problems.get(0).getSeverity());
		assertEquals("2006: line C is entered as 1250000 but C = A - B gives 1200000; the computed value is used",
				problems.get(0).getMessage());
	}

	@Test
	void table7MonthsMustFollowFromEachOther() {
		Evaluation evaluation = EvaluationXmiTest.vimo();
		AccountingYear year = evaluation.getYears().get(0);
		year.getMonthlyBeneficiaries().add(month(1, 0, 0, 100));
		year.getMonthlyBeneficiaries().add(month(2, 10, 5, 104));
		assertEquals(List.of("2006: Table 7, month 2: X is 104 but X of month 1 + X1 - X2 gives 105"), messages(evaluation));
	}

	@Test
	void aMissingSchemeIsReportedByEmfsOwnConstraints() {
		Evaluation empty = ModelFactory.eINSTANCE.createEvaluation();
		List<String> messages = messages(empty);
		assertEquals(1, messages.size());
		assertTrue(messages.get(0).contains("scheme"), messages.get(0));
	}

	/** A saved document whose registers were edited outside the product: every broken rule is an error. */
	@Test
	void brokenRegistersAreErrors() {
		Evaluation evaluation = EvaluationXmiTest.vimo();
		RegisterTables.Builder registers = RegisterTables.builder();
		registers.add(ContractRow.of("M1", LocalDate.of(2006, 7, 1), LocalDate.of(2006, 6, 30), new BigDecimal("-5")));
		registers.add(new BeneficiaryRow("B9", "M9", BeneficiaryRole.MEMBER, null, null, null, null));
		registers.add(claim("C1", "B7", "Health Centre X", "outpatient"));
		evaluation.setRegisters(registers(registers));
		assertEquals(List.of("registers: contract of member M1 starting 2006-07-01 ends (2006-06-30) before it starts (2006-07-01)",
				"registers: contract of member M1 starting 2006-07-01 has a negative amount: -5",
				"registers: beneficiary B9: member M9 has no contract",
				"registers: claim C1: beneficiary B7 is not registered"), messages(evaluation));
	}

	/**
	 * Every claim's provider and category known: once the scheme lists its providers and
	 * categories, a claim, a Table 8 cell or a contract naming anything else is an error, and so
	 * is a claim in a category its provider does not offer.
	 */
	@Test
	void claimsMustNameTheSchemesProvidersAndCategories() {
		Evaluation evaluation = EvaluationXmiTest.vimo();
		Scheme scheme = evaluation.getScheme();
		scheme.getProviders().add(provider("Health Centre X", "outpatient", "medicines"));
		scheme.getProviders().add(provider("Health Centre X"));
		for (String code : List.of("outpatient", "medicines", "surgery")) {
			ServiceCategory category = ModelFactory.eINSTANCE.createServiceCategory();
			category.setCode(code);
			scheme.getServiceCategories().add(category);
		}
		BenefitPlan plan = ModelFactory.eINSTANCE.createBenefitPlan();
		plan.setCode("family");
		plan.getCoveredCategories().add("dental");
		scheme.getBenefitPlans().add(plan);
		RegisterTables.Builder registers = RegisterTables.builder();
		registers.add(new ContractRow("M1", LocalDate.of(2006, 1, 1), LocalDate.of(2006, 12, 31), BigDecimal.ZERO, null,
				null, null, null, null, "premium"));
		registers.add(new BeneficiaryRow("B1", "M1", BeneficiaryRole.MEMBER, null, null, null, null));
		registers.add(claim("C1", "B1", "Health Centre X", "outpatient"));
		registers.add(claim("C2", "B1", "Hospital Y", "outpatient"));
		registers.add(claim("C3", "B1", "Health Centre X", "eyes"));
		registers.add(claim("C4", "B1", "Health Centre X", "surgery"));
		evaluation.setRegisters(registers(registers));
		ClaimsListingEntry cell = ModelFactory.eINSTANCE.createClaimsListingEntry();
		cell.setMonth(3);
		cell.setProvider("Clinic Z");
		cell.setCategory("medicines");
		cell.setCost(BigDecimal.ONE);
		evaluation.getYears().get(0).getClaimsListing().add(cell);
		assertEquals(List.of("the scheme declares the provider Health Centre X twice",
				"benefit plan family covers the category dental, which is not one of the scheme's service categories",
				"2006: Table 8, month 3: the provider Clinic Z is not one of the scheme's providers",
				"registers: the contract of member M1 starting 2006-01-01 names the benefit plan premium, which the scheme does not declare",
				"registers: claim C2: the provider Hospital Y is not one of the scheme's providers",
				"registers: claim C3 is in the category eyes, which is not one of the scheme's service categories",
				"registers: claim C4: Health Centre X does not offer the category surgery"), messages(evaluation));
	}

	/** The Problems view of a French workbench words the rules in French; the headless command keeps English. */
	@Test
	void rulesAreWordedInTheLanguageAsked() {
		Evaluation vimo = EvaluationXmiTest.vimo();
		line(vimo.getYears().get(0), "18").setAmount(BigDecimal.valueOf(380_000));
		RegisterTables.Builder registers = RegisterTables.builder();
		registers.add(claim("C1", "B1", "Hospital Y", "outpatient"));
		vimo.setRegisters(registers(registers));
		assertEquals(List.of(
				"2006 : le bilan n'est pas \u00e9quilibr\u00e9 : le total de l'actif (ligne 7), 790000, diff\u00e8re du"
						+ " total du passif (ligne 19), 780000",
				"registres : prestation C1 : le b\u00e9n\u00e9ficiaire B1 n'est pas enregistr\u00e9"),
				EvaluationValidation.problems(vimo, java.util.Locale.FRENCH).stream().map(Diagnostic::getMessage).toList());
		assertEquals(List.of("2006: the balance sheet does not balance: total assets (line 7) 790000 differ from total"
						+ " liabilities and equity (line 19) 780000",
				"registers: claim C1: beneficiary B1 is not registered"),
				messages(vimo));
	}

	/** Percentages 0 to 100, quarters 1 to 4, survey cases in date order, exclusions within the patients. */
	@Test
	void assessmentTablesKeepTheirRanges() {
		Evaluation evaluation = EvaluationXmiTest.vimo();
		AccountingYear year = evaluation.getYears().get(0);
		org.hmis.eval.model.RiskPortfolioEntry service = ModelFactory.eINSTANCE.createRiskPortfolioEntry();
		service.setService("surgery.services.appendectomy");
		service.setCopaymentPercent(BigDecimal.valueOf(120));
		service.setMaximumBenefit(BigDecimal.valueOf(-1));
		year.getRiskPortfolio().add(service);
		org.hmis.eval.model.BudgetLine budget = ModelFactory.eINSTANCE.createBudgetLine();
		budget.setSheet(org.hmis.eval.model.BudgetSheet.BUDGET);
		budget.setLine("premiums");
		budget.setQuarter(5);
		year.getBudgetLines().add(budget);
		org.hmis.eval.model.SurveyCase stay = ModelFactory.eINSTANCE.createSurveyCase();
		stay.setSurvey(org.hmis.eval.model.SurveyKind.LENGTH_OF_STAY);
		stay.setCaseId("S1");
		stay.setStartDate(java.time.LocalDate.of(2006, 5, 10));
		stay.setEndDate(java.time.LocalDate.of(2006, 5, 2));
		year.getSurveyCases().add(stay);
		org.hmis.eval.model.ExclusionSurvey exclusion = ModelFactory.eINSTANCE.createExclusionSurvey();
		exclusion.setGroup(org.hmis.eval.model.SurveyGroup.NON_BENEFICIARY);
		exclusion.setPatients(10L);
		exclusion.setExcludedForMoney(12L);
		year.getExclusionSurveys().add(exclusion);
		assertEquals(List.of("2006: Table 16, surgery.services.appendectomy: a co-payment of 120 % is not between 0 and 100",
				"2006: Table 16, surgery.services.appendectomy: the amount -1 is negative",
				"2006: Tables 12/13, line premiums: quarter 5 is not between 1 and 4",
				"2006: survey length_of_stay, case S1: it ends (2006-05-02) before it starts (2006-05-10)",
				"2006: exclusion survey, non_beneficiary: 12 excluded for money out of 10 patients"), messages(evaluation));
	}

	@Test
	void withoutDeclaredListsEveryNameIsAccepted() {
		Evaluation evaluation = EvaluationXmiTest.vimo();
		ClaimsListingEntry cell = ModelFactory.eINSTANCE.createClaimsListingEntry();
		cell.setMonth(3);
		cell.setProvider("Clinic Z");
		cell.setCategory("eyes");
		cell.setCost(BigDecimal.ONE);
		evaluation.getYears().get(0).getClaimsListing().add(cell);
		assertEquals(List.of(), messages(evaluation));
	}

	private static Provider provider(String name, String... offers) {
		Provider provider = ModelFactory.eINSTANCE.createProvider();
		provider.setName(name);
		provider.getOfferedCategories().addAll(List.of(offers));
		return provider;
	}

	private static ClaimRow claim(String id, String beneficiary, String provider, String category) {
		return ClaimRow.of(id, beneficiary, provider, category, LocalDate.of(2006, 3, 1), ClaimStatus.AUTHORIZED,
				BigDecimal.TEN);
	}

	private static Registers registers(RegisterTables.Builder rows) {
		Registers registers = ModelFactory.eINSTANCE.createRegisters();
		registers.setTables(rows.build());
		return registers;
	}

	private static List<String> messages(Evaluation evaluation) {
		return EvaluationValidation.problems(evaluation).stream().map(Diagnostic::getMessage).toList();
	}

	private static AccountLine line(AccountingYear year, String code) {
		return year.getAccountLines().stream().filter(l -> l.getCode().equals(code)).findFirst().orElseThrow();
	}

	private static MonthlyBeneficiaries month(int month, long arrivals, long departures, long members) {
		MonthlyBeneficiaries sheet = ModelFactory.eINSTANCE.createMonthlyBeneficiaries();
		sheet.setMonth(month);
		sheet.setX1(arrivals);
		sheet.setX2(departures);
		sheet.setX(members);
		return sheet;
	}
}
