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
	private boolean valid = true;

	private RegisterRules(DiagnosticChain chain) {
		this.chain = chain;
	}

	static boolean validate(Registers registers, DiagnosticChain chain) {
		RegisterRules rules = new RegisterRules(chain);
		Set<String> members = new HashSet<>();
		Set<String> contracts = new HashSet<>();
		for (Contract contract : registers.getContracts()) {
			String key = contract.getMemberId() + " starting " + contract.getStartDate();
			rules.ordered(contract, "contract of member " + key, contract.getStartDate(), contract.getEndDate());
			rules.notNegative(contract, "contract of member " + key, contract.getPremiumDue());
			if (!contracts.add(key)) {
				rules.error(contract, "two contracts of member " + key);
			}
			members.add(contract.getMemberId());
		}
		Set<String> beneficiaries = new HashSet<>();
		for (Beneficiary beneficiary : registers.getBeneficiaries()) {
			String what = "beneficiary " + beneficiary.getBeneficiaryId();
			if (!members.contains(beneficiary.getMemberId())) {
				rules.error(beneficiary, what + ": member " + beneficiary.getMemberId() + " has no contract");
			}
			if (!beneficiaries.add(beneficiary.getBeneficiaryId())) {
				rules.error(beneficiary, what + " is registered twice");
			}
			rules.ordered(beneficiary, what, beneficiary.getStartDate(), beneficiary.getEndDate());
		}
		for (Payment payment : registers.getPayments()) {
			String key = payment.getMemberId() + " starting " + payment.getContractStart();
			if (!contracts.contains(key)) {
				rules.error(payment, "payment for an unknown contract of member " + key);
			}
			rules.notNegative(payment, "payment for the contract of member " + key, payment.getAmount());
		}
		Set<String> claims = new HashSet<>();
		for (Claim claim : registers.getClaims()) {
			String what = "claim " + claim.getClaimId();
			if (!beneficiaries.contains(claim.getBeneficiaryId())) {
				rules.error(claim, what + ": beneficiary " + claim.getBeneficiaryId() + " is not registered");
			}
			if (!claims.add(claim.getClaimId())) {
				rules.error(claim, what + " is registered twice");
			}
			rules.notNegative(claim, what, claim.getAmountCovered());
			rules.ordered(claim, what + " (stay)", claim.getAdmissionDate(), claim.getDischargeDate());
		}
		return rules.valid;
	}

	private void ordered(EObject object, String what, LocalDate start, LocalDate end) {
		if (start != null && end != null && end.isBefore(start)) {
			error(object, what + " ends (" + end + ") before it starts (" + start + ")");
		}
	}

	private void notNegative(EObject object, String what, BigDecimal amount) {
		if (amount != null && amount.signum() < 0) {
			error(object, what + " has a negative amount: " + amount.toPlainString());
		}
	}

	private void error(EObject object, String message) {
		valid = false;
		if (chain != null) {
			chain.add(new BasicDiagnostic(Diagnostic.ERROR, EvaluationRules.SOURCE, 0, "registers: " + message,
					new Object[] { object }));
		}
	}
}
