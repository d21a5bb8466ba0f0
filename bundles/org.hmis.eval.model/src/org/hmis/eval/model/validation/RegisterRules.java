/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.hmis.eval.model.Beneficiary;
import org.hmis.eval.model.Claim;
import org.hmis.eval.model.Contract;
import org.hmis.eval.model.Payment;
import org.hmis.eval.model.Registers;

/**
 * The rules of the registers (interchange specification, section 1) for an evaluation that did
 * not come through an import, such as a saved document edited elsewhere: dates in order, amounts
 * not negative, ids unique, and every reference (member, contract, beneficiary) known.
 */
final class RegisterRules {

	private final DiagnosticChain chain;
	private final RuleMessages messages;
	private boolean valid = true;

	private RegisterRules(DiagnosticChain chain, RuleMessages messages) {
		this.chain = chain;
		this.messages = messages;
	}

	static boolean validate(Registers registers, DiagnosticChain chain, RuleMessages messages) {
		RegisterRules rules = new RegisterRules(chain, messages);
		Set<String> members = new HashSet<>();
		Set<String> contracts = new HashSet<>();
		for (Contract contract : registers.getContracts()) {
			String key = contract.getMemberId() + "/" + contract.getStartDate();
			String what = messages.get("contract", contract.getMemberId(), contract.getStartDate());
			rules.ordered(contract, what, contract.getStartDate(), contract.getEndDate());
			rules.notNegative(contract, what, contract.getPremiumDue());
			if (!contracts.add(key)) {
				rules.error(contract, "contract.twice", contract.getMemberId(), contract.getStartDate());
			}
			members.add(contract.getMemberId());
		}
		Set<String> beneficiaries = new HashSet<>();
		for (Beneficiary beneficiary : registers.getBeneficiaries()) {
			String id = beneficiary.getBeneficiaryId();
			if (!members.contains(beneficiary.getMemberId())) {
				rules.error(beneficiary, "beneficiary.member", id, beneficiary.getMemberId());
			}
			if (!beneficiaries.add(id)) {
				rules.error(beneficiary, "beneficiary.twice", id);
			}
			rules.ordered(beneficiary, messages.get("beneficiary", id), beneficiary.getStartDate(), beneficiary.getEndDate());
		}
		for (Payment payment : registers.getPayments()) {
			if (!contracts.contains(payment.getMemberId() + "/" + payment.getContractStart())) {
				rules.error(payment, "payment.unknown", payment.getMemberId(), payment.getContractStart());
			}
			rules.notNegative(payment, messages.get("payment", payment.getMemberId(), payment.getContractStart()),
					payment.getAmount());
		}
		Set<String> claims = new HashSet<>();
		for (Claim claim : registers.getClaims()) {
			String id = claim.getClaimId();
			if (!beneficiaries.contains(claim.getBeneficiaryId())) {
				rules.error(claim, "claim.beneficiary", id, claim.getBeneficiaryId());
			}
			if (!claims.add(id)) {
				rules.error(claim, "claim.twice", id);
			}
			rules.notNegative(claim, messages.get("claim", id), claim.getAmountCovered());
			rules.ordered(claim, messages.get("claim.stay", id), claim.getAdmissionDate(), claim.getDischargeDate());
		}
		return rules.valid;
	}

	private void ordered(EObject object, String what, LocalDate start, LocalDate end) {
		if (start != null && end != null && end.isBefore(start)) {
			error(object, "ends.before", what, end, start);
		}
	}

	private void notNegative(EObject object, String what, BigDecimal amount) {
		if (amount != null && amount.signum() < 0) {
			error(object, "negative", what, amount.toPlainString());
		}
	}

	private void error(EObject object, String key, Object... arguments) {
		valid = false;
		if (chain != null) {
			String message = messages.get("in.registers", messages.get(key, arguments));
			chain.add(new BasicDiagnostic(Diagnostic.ERROR, EvaluationRules.SOURCE, 0, message, new Object[] { object }));
		}
	}
}
