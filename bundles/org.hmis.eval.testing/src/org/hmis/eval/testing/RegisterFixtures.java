/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.testing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hmis.eval.model.Beneficiary;
import org.hmis.eval.model.Claim;
import org.hmis.eval.model.Contract;
import org.hmis.eval.model.EnrolmentMode;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.Payment;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.RenewalSummary;

/**
 * Registers written out member by member so that they reproduce the guide's closed-enrolment
 * renewal example (M.2): 100 members in N-2 (2004); in N-1 (2005) 90 renew, 10 lapse and 250 join
 * (340); in N (2006) 320 renew, 20 lapse and 160 join (480). Every contract runs for a calendar
 * year and costs 1,000. The rest is made up for the derivation tests and stated here:
 * <ul>
 * <li>areas: the first 100 members and the first 150 newcomers of 2005 live in area "North", the
 * other 100 newcomers of 2005 in "South" (new in 2005), the newcomers of 2006 in "North";</li>
 * <li>every member is a beneficiary (role member), and members with an even number have one
 * dependant; members are women when their number is odd, and born in 1970; dependants are boys
 * born on 1 July 2003;</li>
 * <li>premiums are paid on the start date, except 30 of the 2006 newcomers who pay on 15 January
 * 2007;</li>
 * <li>claims in 2006: 3 authorized outpatient claims at Health Centre X (January, 4,000 each), one
 * rejected one, and 2 authorized medicines claims at Hospital Y in March (1,000 and 2,000).</li>
 * </ul>
 */
public final class RegisterFixtures {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	private RegisterFixtures() {
	}

	public static Evaluation closedEnrolmentScheme() {
		Evaluation evaluation = F.createEvaluation();
		evaluation.setScheme(F.createScheme());
		evaluation.getScheme().setName("Closed enrolment example");
		evaluation.getScheme().setEnrolment(EnrolmentMode.CLOSED);
		Registers registers = F.createRegisters();
		evaluation.setRegisters(registers);
		for (int m = 1; m <= 100; m++) {
			member(registers, m, 2004, "North");
		}
		for (int m = 1; m <= 90; m++) {
			contract(registers, m, 2005, "North");
		}
		for (int m = 101; m <= 350; m++) {
			member(registers, m, 2005, m <= 250 ? "North" : "South");
		}
		for (int m = 1; m <= 350; m++) {
			boolean lapsedIn2005 = m > 90 && m <= 100;
			boolean lapsesIn2006 = m > 330;
			if (!lapsedIn2005 && !lapsesIn2006) {
				contract(registers, m, 2006, m <= 250 ? "North" : "South");
			}
		}
		for (int m = 351; m <= 510; m++) {
			member(registers, m, 2006, "North");
		}
		registers.getPayments().removeIf(p -> Integer.parseInt(p.getMemberId().substring(1)) > 480
				&& p.getContractStart().getYear() == 2006);
		for (int m = 481; m <= 510; m++) {
			payment(registers, m, LocalDate.of(2006, 1, 1), LocalDate.of(2007, 1, 15));
		}
		claim(registers, "C1", "B2", "Health Centre X", "outpatient", LocalDate.of(2006, 1, 10), "authorized", 4000);
		claim(registers, "C2", "B4", "Health Centre X", "outpatient", LocalDate.of(2006, 1, 12), "authorized", 4000);
		claim(registers, "C3", "B2", "Health Centre X", "outpatient", LocalDate.of(2006, 1, 20), "authorized", 4000);
		claim(registers, "C4", "B6", "Health Centre X", "outpatient", LocalDate.of(2006, 1, 21), "rejected", 4000);
		claim(registers, "C5", "B6", "Hospital Y", "medicines", LocalDate.of(2006, 3, 2), "authorized", 1000);
		claim(registers, "C6", "D4", "Hospital Y", "medicines", LocalDate.of(2006, 3, 5), "authorized", 2000);
		return evaluation;
	}

	/** @return the guide's renewal summary of the same example, without registers */
	public static Evaluation closedEnrolmentSummary() {
		Evaluation evaluation = F.createEvaluation();
		evaluation.setScheme(F.createScheme());
		evaluation.getScheme().setEnrolment(EnrolmentMode.CLOSED);
		summary(evaluation, 2004, 100, 100, null);
		summary(evaluation, 2005, 340, 250, 10L);
		summary(evaluation, 2006, 480, 160, 20L);
		return evaluation;
	}

	private static void summary(Evaluation evaluation, int year, long members, long newMembers, Long lapses) {
		org.hmis.eval.model.AccountingYear accountingYear = F.createAccountingYear();
		accountingYear.setYear(year);
		RenewalSummary summary = F.createRenewalSummary();
		summary.setMembers(members);
		summary.setNewMembers(newMembers);
		summary.setLapses(lapses);
		accountingYear.setRenewalSummary(summary);
		evaluation.getYears().add(accountingYear);
	}

	private static void member(Registers registers, int m, int firstYear, String area) {
		contract(registers, m, firstYear, area);
		Beneficiary self = F.createBeneficiary();
		self.setBeneficiaryId("B" + m);
		self.setMemberId("M" + m);
		self.setRole("member");
		self.setSex(m % 2 == 1 ? "F" : "M");
		self.setBirthDate(LocalDate.of(1970, 1, 1));
		registers.getBeneficiaries().add(self);
		if (m % 2 == 0) {
			Beneficiary child = F.createBeneficiary();
			child.setBeneficiaryId("D" + m);
			child.setMemberId("M" + m);
			child.setRole("dependent");
			child.setSex("M");
			child.setBirthDate(LocalDate.of(2003, 7, 1));
			registers.getBeneficiaries().add(child);
		}
	}

	private static void contract(Registers registers, int m, int year, String area) {
		Contract contract = F.createContract();
		contract.setMemberId("M" + m);
		contract.setStartDate(LocalDate.of(year, 1, 1));
		contract.setEndDate(LocalDate.of(year, 12, 31));
		contract.setDueDate(contract.getStartDate());
		contract.setPremiumDue(BigDecimal.valueOf(1000));
		contract.setMembershipType("voluntary");
		contract.setMembershipUnit("family");
		contract.setArea(area);
		registers.getContracts().add(contract);
		payment(registers, m, contract.getStartDate(), contract.getStartDate());
	}

	private static void payment(Registers registers, int m, LocalDate contractStart, LocalDate paid) {
		Payment payment = F.createPayment();
		payment.setMemberId("M" + m);
		payment.setContractStart(contractStart);
		payment.setPaymentDate(paid);
		payment.setAmount(BigDecimal.valueOf(1000));
		registers.getPayments().add(payment);
	}

	private static void claim(Registers registers, String id, String beneficiary, String provider, String category,
			LocalDate date, String status, long amount) {
		Claim claim = F.createClaim();
		claim.setClaimId(id);
		claim.setBeneficiaryId(beneficiary);
		claim.setProvider(provider);
		claim.setCategory(category);
		claim.setServiceDate(date);
		claim.setStatus(status);
		claim.setAmountCovered(BigDecimal.valueOf(amount));
		registers.getClaims().add(claim);
	}
}
