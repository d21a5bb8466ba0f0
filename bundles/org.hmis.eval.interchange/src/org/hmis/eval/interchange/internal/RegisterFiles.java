/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.Beneficiary;
import org.hmis.eval.model.Claim;
import org.hmis.eval.model.Contract;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.Payment;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.Scheme;

/**
 * Reads the four registers of an interchange folder (specification section 1): {@code contracts.csv},
 * {@code beneficiaries.csv}, {@code payments.csv} and {@code claims.csv}. Besides the value rules of
 * each column, the files refer to each other: a beneficiary's member must hold a contract, a payment
 * must name one of its member's contracts, and a claim's beneficiary must be registered; claims and
 * contracts must also name providers, categories and plans the scheme declares. The files
 * are read in that order so that every reference can be checked against the file it points to.
 */
public final class RegisterFiles {

	public static final String CONTRACTS = "contracts.csv";
	public static final String BENEFICIARIES = "beneficiaries.csv";
	public static final String PAYMENTS = "payments.csv";
	public static final String CLAIMS = "claims.csv";

	static final Set<String> MEMBERSHIP_TYPES = Set.of("voluntary", "compulsory", "automatic");
	static final Set<String> MEMBERSHIP_UNITS = Set.of("individual", "family", "group");
	private static final Set<String> ROLES = Set.of("member", "dependent");
	private static final Set<String> SEXES = Set.of("F", "M");
	private static final Set<String> STATUSES = Set.of("authorized", "rejected", "pending");

	private RegisterFiles() {
	}

	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		Registers registers = ModelFactory.eINSTANCE.createRegisters();
		Set<String> contractKeys = new HashSet<>();
		Set<String> members = new HashSet<>();
		Set<String> beneficiaries = new HashSet<>();
		CsvTable.read(folder, CONTRACTS, Set.of("member_id", "start_date", "end_date", "premium_due"),
				Set.of("due_date", "membership_type", "membership_unit", "area", "promoter", "plan"), problems)
				.ifPresent(table -> readContracts(table, evaluation.getScheme(), registers, contractKeys, members));
		CsvTable.read(folder, BENEFICIARIES, Set.of("beneficiary_id", "member_id", "role"),
				Set.of("sex", "birth_date", "start_date", "end_date"), problems)
				.ifPresent(table -> readBeneficiaries(table, registers, members, beneficiaries));
		CsvTable.read(folder, PAYMENTS, Set.of("member_id", "contract_start", "payment_date", "amount"), Set.of(),
				problems).ifPresent(table -> readPayments(table, registers, contractKeys));
		CsvTable.read(folder, CLAIMS,
				Set.of("claim_id", "beneficiary_id", "provider", "category", "service_date", "status", "amount_covered"),
				Set.of("copayment", "decision_date", "paid_date", "admission_date", "discharge_date"), problems)
				.ifPresent(table -> readClaims(table, evaluation.getScheme(), registers, beneficiaries));
		boolean empty = registers.getContracts().isEmpty() && registers.getBeneficiaries().isEmpty()
				&& registers.getPayments().isEmpty() && registers.getClaims().isEmpty();
		if (!empty) {
			evaluation.setRegisters(registers);
		}
	}

	private static void readContracts(CsvTable table, Scheme scheme, Registers registers, Set<String> contractKeys,
			Set<String> members) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<String> member = row.requiredText("member_id");
			Optional<LocalDate> start = row.date("start_date", true);
			Optional<LocalDate> end = row.date("end_date", true);
			Optional<BigDecimal> premium = row.amount("premium_due", true);
			Contract contract = ModelFactory.eINSTANCE.createContract();
			row.date("due_date", false).ifPresent(contract::setDueDate);
			row.choice("membership_type", MEMBERSHIP_TYPES, "voluntary").ifPresent(contract::setMembershipType);
			row.choice("membership_unit", MEMBERSHIP_UNITS, "family").ifPresent(contract::setMembershipUnit);
			row.text("area").ifPresent(contract::setArea);
			row.text("promoter").ifPresent(contract::setPromoter);
			row.text("plan").ifPresent(contract::setPlan);
			if (member.isEmpty() || start.isEmpty() || end.isEmpty() || premium.isEmpty()
					|| !ordered(row, "start_date", start.get(), "end_date", end.get())
					|| !DeclaredNameCheck.plan(row, scheme, contract.getPlan())
					|| !keys.isNew(row, "contract of member " + member.get() + " starting " + start.get(), member.get(),
							start.get())) {
				continue;
			}
			contract.setMemberId(member.get());
			contract.setStartDate(start.get());
			contract.setEndDate(end.get());
			contract.setPremiumDue(premium.get());
			if (contract.getDueDate() == null) {
				contract.setDueDate(start.get());
			}
			registers.getContracts().add(contract);
			contractKeys.add(member.get() + "/" + start.get());
			members.add(member.get());
		}
	}

	private static void readBeneficiaries(CsvTable table, Registers registers, Set<String> members,
			Set<String> beneficiaries) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<String> id = row.requiredText("beneficiary_id");
			Optional<String> member = row.requiredText("member_id");
			Optional<String> role = row.choice("role", ROLES, null);
			Beneficiary beneficiary = ModelFactory.eINSTANCE.createBeneficiary();
			if (row.text("sex").isPresent()) {
				row.choice("sex", SEXES, null).ifPresent(beneficiary::setSex);
			}
			row.date("birth_date", false).ifPresent(beneficiary::setBirthDate);
			Optional<LocalDate> start = row.date("start_date", false);
			Optional<LocalDate> end = row.date("end_date", false);
			start.ifPresent(beneficiary::setStartDate);
			end.ifPresent(beneficiary::setEndDate);
			boolean datesOrdered = start.isEmpty() || end.isEmpty()
					|| ordered(row, "start_date", start.get(), "end_date", end.get());
			boolean known = member.isEmpty() || isKnown(row, members, member.get(), "member_id",
					"member '" + member.get() + "' has no contract in " + CONTRACTS);
			if (id.isEmpty() || member.isEmpty() || role.isEmpty() || !datesOrdered || !known
					|| !keys.isNew(row, "beneficiary_id '" + id.get() + "'", id.get())) {
				continue;
			}
			beneficiary.setBeneficiaryId(id.get());
			beneficiary.setMemberId(member.get());
			beneficiary.setRole(role.get());
			registers.getBeneficiaries().add(beneficiary);
			beneficiaries.add(id.get());
		}
	}

	private static void readPayments(CsvTable table, Registers registers, Set<String> contractKeys) {
		for (CsvRow row : table.rows()) {
			Optional<String> member = row.requiredText("member_id");
			Optional<LocalDate> contractStart = row.date("contract_start", true);
			Optional<LocalDate> paid = row.date("payment_date", true);
			Optional<BigDecimal> amount = row.amount("amount", true);
			if (member.isEmpty() || contractStart.isEmpty() || paid.isEmpty() || amount.isEmpty()
					|| !isKnown(row, contractKeys, member.get() + "/" + contractStart.get(), "contract_start",
							"member '" + member.get() + "' has no contract starting " + contractStart.get() + " in "
									+ CONTRACTS)) {
				continue;
			}
			Payment payment = ModelFactory.eINSTANCE.createPayment();
			payment.setMemberId(member.get());
			payment.setContractStart(contractStart.get());
			payment.setPaymentDate(paid.get());
			payment.setAmount(amount.get());
			registers.getPayments().add(payment);
		}
	}

	private static void readClaims(CsvTable table, Scheme scheme, Registers registers, Set<String> beneficiaries) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<String> id = row.requiredText("claim_id");
			Optional<String> beneficiary = row.requiredText("beneficiary_id");
			Optional<String> provider = row.requiredText("provider");
			Optional<String> category = row.requiredText("category");
			Optional<LocalDate> service = row.date("service_date", true);
			Optional<String> status = row.choice("status", STATUSES, null);
			Optional<BigDecimal> covered = row.amount("amount_covered", true);
			Claim claim = ModelFactory.eINSTANCE.createClaim();
			row.amount("copayment", false).ifPresent(claim::setCopayment);
			row.date("decision_date", false).ifPresent(claim::setDecisionDate);
			row.date("paid_date", false).ifPresent(claim::setPaidDate);
			Optional<LocalDate> admission = row.date("admission_date", false);
			Optional<LocalDate> discharge = row.date("discharge_date", false);
			admission.ifPresent(claim::setAdmissionDate);
			discharge.ifPresent(claim::setDischargeDate);
			boolean stayOrdered = admission.isEmpty() || discharge.isEmpty()
					|| ordered(row, "admission_date", admission.get(), "discharge_date", discharge.get());
			boolean known = beneficiary.isEmpty() || isKnown(row, beneficiaries, beneficiary.get(), "beneficiary_id",
					"beneficiary '" + beneficiary.get() + "' is not in " + BENEFICIARIES);
			boolean declared = provider.isEmpty() || category.isEmpty()
					|| DeclaredNameCheck.providerAndCategory(row, scheme, provider.get(), category.get());
			if (id.isEmpty() || beneficiary.isEmpty() || provider.isEmpty() || category.isEmpty() || service.isEmpty()
					|| status.isEmpty() || covered.isEmpty() || !stayOrdered || !known || !declared
					|| !keys.isNew(row, "claim_id '" + id.get() + "'", id.get())) {
				continue;
			}
			claim.setClaimId(id.get());
			claim.setBeneficiaryId(beneficiary.get());
			claim.setProvider(provider.get());
			claim.setCategory(category.get());
			claim.setServiceDate(service.get());
			claim.setStatus(status.get());
			claim.setAmountCovered(covered.get());
			registers.getClaims().add(claim);
		}
	}

	private static boolean ordered(CsvRow row, String firstColumn, LocalDate first, String secondColumn,
			LocalDate second) {
		if (second.isBefore(first)) {
			row.error(secondColumn + " " + second + " is before " + firstColumn + " " + first);
			return false;
		}
		return true;
	}

	private static boolean isKnown(CsvRow row, Set<String> known, String key, String column, String reason) {
		if (!known.contains(key)) {
			row.error("unknown " + column + ": " + reason);
			return false;
		}
		return true;
	}
}
