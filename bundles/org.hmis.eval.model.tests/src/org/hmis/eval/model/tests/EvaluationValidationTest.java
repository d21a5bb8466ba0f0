/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.MonthlyBeneficiaries;
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
		org.hmis.eval.model.Registers registers = ModelFactory.eINSTANCE.createRegisters();
		org.hmis.eval.model.Contract contract = ModelFactory.eINSTANCE.createContract();
		contract.setMemberId("M1");
		contract.setStartDate(java.time.LocalDate.of(2006, 7, 1));
		contract.setEndDate(java.time.LocalDate.of(2006, 6, 30));
		contract.setPremiumDue(new java.math.BigDecimal("-5"));
		registers.getContracts().add(contract);
		org.hmis.eval.model.Beneficiary orphan = ModelFactory.eINSTANCE.createBeneficiary();
		orphan.setBeneficiaryId("B9");
		orphan.setMemberId("M9");
		registers.getBeneficiaries().add(orphan);
		org.hmis.eval.model.Claim claim = ModelFactory.eINSTANCE.createClaim();
		claim.setClaimId("C1");
		claim.setBeneficiaryId("B7");
		claim.setAmountCovered(java.math.BigDecimal.TEN);
		registers.getClaims().add(claim);
		evaluation.setRegisters(registers);
		assertEquals(List.of("registers: contract of member M1 starting 2006-07-01 ends (2006-06-30) before it starts (2006-07-01)",
				"registers: contract of member M1 starting 2006-07-01 has a negative amount: -5",
				"registers: beneficiary B9: member M9 has no contract",
				"registers: claim C1: beneficiary B7 is not registered"), messages(evaluation));
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
