/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.testing;

import java.math.BigDecimal;
import java.time.LocalDate;

import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.hmis.eval.model.BeneficiaryRole;
import org.hmis.eval.model.ClaimStatus;
import org.hmis.eval.model.EnrolmentMode;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.RenewalSummary;
import org.hmis.eval.model.Sex;
import org.hmis.eval.model.registers.BeneficiaryRow;
import org.hmis.eval.model.registers.ClaimRow;
import org.hmis.eval.model.registers.ContractRow;
import org.hmis.eval.model.registers.PaymentRow;
import org.hmis.eval.model.registers.RegisterTables;

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
		return closedEnrolmentScheme((member, year) -> MembershipType.VOLUNTARY);
	}

	/**
	 * @param membershipType the membership type of member number m's contract of a year (every
	 *                       contract is voluntary in {@link #closedEnrolmentScheme()})
	 */
	public static Evaluation closedEnrolmentScheme(BiFunction<Integer, Integer, MembershipType> membershipType) {
		Evaluation evaluation = F.createEvaluation();
		evaluation.setScheme(F.createScheme());
		evaluation.getScheme().setName("Closed enrolment example");
		evaluation.getScheme().setEnrolment(EnrolmentMode.CLOSED);
		Fixture fixture = new Fixture(membershipType);
		for (int m = 1; m <= 100; m++) {
			fixture.member(m, 2004, "North");
		}
		for (int m = 1; m <= 90; m++) {
			fixture.contract(m, 2005, "North");
		}
		for (int m = 101; m <= 350; m++) {
			fixture.member(m, 2005, m <= 250 ? "North" : "South");
		}
		for (int m = 1; m <= 350; m++) {
			boolean lapsedIn2005 = m > 90 && m <= 100;
			boolean lapsesIn2006 = m > 330;
			if (!lapsedIn2005 && !lapsesIn2006) {
				fixture.contract(m, 2006, m <= 250 ? "North" : "South");
			}
		}
		for (int m = 351; m <= 510; m++) {
			// The last 30 newcomers of 2006 pay on 15 January 2007.
			fixture.member(m, 2006, "North", m > 480 ? LocalDate.of(2007, 1, 15) : null);
		}
		fixture.claim("C1", "B2", "Health Centre X", "outpatient", LocalDate.of(2006, 1, 10), ClaimStatus.AUTHORIZED, 4000);
		fixture.claim("C2", "B4", "Health Centre X", "outpatient", LocalDate.of(2006, 1, 12), ClaimStatus.AUTHORIZED, 4000);
		fixture.claim("C3", "B2", "Health Centre X", "outpatient", LocalDate.of(2006, 1, 20), ClaimStatus.AUTHORIZED, 4000);
		fixture.claim("C4", "B6", "Health Centre X", "outpatient", LocalDate.of(2006, 1, 21), ClaimStatus.REJECTED, 4000);
		fixture.claim("C5", "B6", "Hospital Y", "medicines", LocalDate.of(2006, 3, 2), ClaimStatus.AUTHORIZED, 1000);
		fixture.claim("C6", "D4", "Hospital Y", "medicines", LocalDate.of(2006, 3, 5), ClaimStatus.AUTHORIZED, 2000);
		Registers registers = F.createRegisters();
		registers.setTables(fixture.builder.build());
		evaluation.setRegisters(registers);
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

	/**
	 * Replaces the registers of {@code evaluation} by a copy whose contracts and claims went through
	 * the given functions (register tables are immutable: a correction replaces them).
	 */
	public static void rewrite(Evaluation evaluation, UnaryOperator<ContractRow> contracts,
			UnaryOperator<ClaimRow> claims) {
		RegisterTables tables = evaluation.getRegisters().getTables();
		RegisterTables.Builder builder = RegisterTables.builder();
		for (int row = 0; row < tables.contracts().size(); row++) {
			builder.add(contracts.apply(ContractRow.of(tables, row)));
		}
		for (int row = 0; row < tables.beneficiaries().size(); row++) {
			builder.add(BeneficiaryRow.of(tables, row));
		}
		for (int row = 0; row < tables.payments().size(); row++) {
			builder.add(PaymentRow.of(tables, row));
		}
		for (int row = 0; row < tables.claims().size(); row++) {
			builder.add(claims.apply(ClaimRow.of(tables, row)));
		}
		evaluation.getRegisters().setTables(builder.build());
	}

	/** The rows of the example, written into register tables. */
	private static final class Fixture {

		private final RegisterTables.Builder builder = RegisterTables.builder();
		private final BiFunction<Integer, Integer, MembershipType> membershipType;

		Fixture(BiFunction<Integer, Integer, MembershipType> membershipType) {
			this.membershipType = membershipType;
		}

		void member(int m, int firstYear, String area) {
			member(m, firstYear, area, null);
		}

		/** @param paidOn the day the first premium is paid; null: on the start date */
		void member(int m, int firstYear, String area, LocalDate paidOn) {
			contract(m, firstYear, area, paidOn);
			builder.add(new BeneficiaryRow("B" + m, "M" + m, BeneficiaryRole.MEMBER, m % 2 == 1 ? Sex.FEMALE : Sex.MALE,
					LocalDate.of(1970, 1, 1), null, null));
			if (m % 2 == 0) {
				builder.add(new BeneficiaryRow("D" + m, "M" + m, BeneficiaryRole.DEPENDENT, Sex.MALE,
						LocalDate.of(2003, 7, 1), null, null));
			}
		}

		void contract(int m, int year, String area) {
			contract(m, year, area, null);
		}

		private void contract(int m, int year, String area, LocalDate paidOn) {
			LocalDate start = LocalDate.of(year, 1, 1);
			builder.add(new ContractRow("M" + m, start, LocalDate.of(year, 12, 31), BigDecimal.valueOf(1000), start,
					membershipType.apply(m, year), MembershipUnit.FAMILY, area, null, null));
			builder.add(new PaymentRow("M" + m, start, paidOn == null ? start : paidOn, BigDecimal.valueOf(1000)));
		}

		void claim(String id, String beneficiary, String provider, String category, LocalDate date, ClaimStatus status,
				long amount) {
			builder.add(ClaimRow.of(id, beneficiary, provider, category, date, status, BigDecimal.valueOf(amount)));
		}
	}
}
