/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.validation;

import java.util.BitSet;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiPredicate;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.registers.Amounts;
import org.hmis.eval.model.registers.BeneficiaryTable;
import org.hmis.eval.model.registers.ClaimTable;
import org.hmis.eval.model.registers.ContractTable;
import org.hmis.eval.model.registers.Days;
import org.hmis.eval.model.registers.MemberContracts;
import org.hmis.eval.model.registers.PaymentTable;
import org.hmis.eval.model.registers.Register;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.model.registers.TextDictionary;
import org.hmis.eval.model.scheme.DeclaredNames;

/**
 * The rules that tie the registers together (interchange specification, section 1), written once
 * for the import of a folder or workbook and for the validation of a saved or edited evaluation:
 * periods that end after they start, amounts not negative, contracts, beneficiaries and claims
 * registered once, every reference known (a beneficiary's member holds a contract, a payment names
 * a contract, a claim a beneficiary), and the providers, categories and plans the scheme declares.
 * A problem names its register, row and column; the caller places it (a file line, a cell).
 */
public final class RegisterRules {

	/** Receives the problems found, in register order. */
	@FunctionalInterface
	public interface Sink {
		/**
		 * @param row    the row of the register (0 for its first row)
		 * @param column the interchange column concerned
		 */
		void problem(Register register, int row, String column, String message);
	}

	private final RegisterTables tables;
	private final Scheme scheme;
	private final RuleMessages messages;
	private final Sink sink;
	private boolean valid = true;

	private RegisterRules(RegisterTables tables, Scheme scheme, RuleMessages messages, Sink sink) {
		this.tables = tables;
		this.scheme = scheme;
		this.messages = messages;
		this.sink = sink;
	}

	/**
	 * Checks every rule over {@code tables}, with messages in {@code locale}.
	 *
	 * @param scheme the scheme whose declared providers, categories and plans the rows must use
	 *               (null: any name)
	 * @return true when no rule is broken
	 */
	public static boolean check(RegisterTables tables, Scheme scheme, Locale locale, Sink sink) {
		return check(tables, scheme, new RuleMessages(locale), sink);
	}

	private static boolean check(RegisterTables tables, Scheme scheme, RuleMessages messages, Sink sink) {
		RegisterRules rules = new RegisterRules(tables, scheme, messages, sink);
		// Finding the claim ids given twice hashes every claim id (millions in a national register)
		// and reads nothing the other rules write: it runs on another core meanwhile.
		CompletableFuture<BitSet> repeatedClaimIds = CompletableFuture.supplyAsync(tables.claimIds()::repeatedCodes);
		rules.contracts();
		rules.beneficiaries();
		rules.payments();
		rules.claims(joined(repeatedClaimIds));
		return rules.valid;
	}

	/** @return the future's value; its failure (an out-of-memory error included) as it was thrown */
	private static <T> T joined(CompletableFuture<T> future) {
		try {
			return future.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw e;
		}
	}

	/** The validator's entry: the problems become diagnostics of the registers object. */
	static boolean validate(Registers registers, Scheme scheme, DiagnosticChain chain, RuleMessages messages) {
		if (registers.getTables() == null) {
			return true;
		}
		return check(registers.getTables(), scheme, messages, (register, row, column, message) -> {
			if (chain != null) {
				chain.add(new BasicDiagnostic(Diagnostic.ERROR, EvaluationRules.SOURCE, 0,
						messages.get("in.registers", message), new Object[] { registers }));
			}
		});
	}

	private void contracts() {
		ContractTable contracts = tables.contracts();
		TextDictionary members = tables.members();
		MemberContracts byMember = tables.contractsByMember();
		boolean[] knownPlan = declared(tables.plans(), DeclaredNames::isKnownPlan);
		for (int row = 0; row < contracts.size(); row++) {
			if (contracts.end(row) < contracts.start(row)) {
				problem(Register.CONTRACTS, row, "end_date", "ends.before", contract(row), Days.date(contracts.end(row)),
						Days.date(contracts.start(row)));
			}
			if (contracts.premiumDue(row) < 0) {
				problem(Register.CONTRACTS, row, "premium_due", "negative", contract(row),
						Amounts.decimal(contracts.premiumDue(row)).toPlainString());
			}
			int plan = contracts.plan(row);
			if (plan >= 0 && !knownPlan[plan]) {
				problem(Register.CONTRACTS, row, "plan", "plan.unknown", members.text(contracts.member(row)),
						Days.date(contracts.start(row)), tables.plans().text(plan));
			}
		}
		// Contracts of a member are sorted by start day: a repeated start day is a contract given twice.
		for (int m = 0; m < byMember.memberCount(); m++) {
			for (int k = 1; k < byMember.count(m); k++) {
				int row = byMember.row(m, k);
				if (contracts.start(row) == contracts.start(byMember.row(m, k - 1))) {
					problem(Register.CONTRACTS, row, "start_date", "contract.twice", members.text(m),
							Days.date(contracts.start(row)));
				}
			}
		}
	}

	private void beneficiaries() {
		BeneficiaryTable beneficiaries = tables.beneficiaries();
		MemberContracts byMember = tables.contractsByMember();
		boolean[] seen = new boolean[tables.beneficiaryIds().size()];
		for (int row = 0; row < beneficiaries.size(); row++) {
			int id = beneficiaries.id(row);
			int member = beneficiaries.member(row);
			if (member >= byMember.memberCount() || byMember.count(member) == 0) {
				problem(Register.BENEFICIARIES, row, "member_id", "beneficiary.member", beneficiaryText(id),
						tables.members().text(member));
			}
			if (seen[id]) {
				problem(Register.BENEFICIARIES, row, "beneficiary_id", "beneficiary.twice", beneficiaryText(id));
			}
			seen[id] = true;
			int start = beneficiaries.start(row);
			int end = beneficiaries.end(row);
			if (start != Days.NONE && end != Days.NONE && end < start) {
				problem(Register.BENEFICIARIES, row, "end_date", "ends.before", messages.get("beneficiary", beneficiaryText(id)),
						Days.date(end), Days.date(start));
			}
		}
	}

	private void payments() {
		PaymentTable payments = tables.payments();
		MemberContracts byMember = tables.contractsByMember();
		for (int row = 0; row < payments.size(); row++) {
			int member = payments.member(row);
			String memberId = tables.members().text(member);
			if (member >= byMember.memberCount() || byMember.startingOn(member, payments.contractStart(row)) < 0) {
				problem(Register.PAYMENTS, row, "contract_start", "payment.unknown", memberId,
						Days.date(payments.contractStart(row)));
			}
			if (payments.amount(row) < 0) {
				problem(Register.PAYMENTS, row, "amount", "negative",
						messages.get("payment", memberId, Days.date(payments.contractStart(row))),
						Amounts.decimal(payments.amount(row)).toPlainString());
			}
		}
	}

	/**
	 * @param repeated the claim ids given twice: claim ids are appended one per claim, so an id given
	 *                 twice is a repeated text, not a code seen twice, unless the tables were built
	 *                 with claim ids looked up (then both ways apply)
	 */
	private void claims(BitSet repeated) {
		ClaimTable claims = tables.claims();
		boolean[] seen = new boolean[tables.claimIds().size()];
		boolean[] knownProvider = declared(tables.providers(), DeclaredNames::isKnownProvider);
		boolean[] knownCategory = declared(tables.categories(), DeclaredNames::isKnownCategory);
		boolean[][] offered = offeredCategories();
		for (int row = 0; row < claims.size(); row++) {
			int id = claims.id(row);
			if (tables.beneficiaryRow(claims.beneficiary(row)) < 0) {
				problem(Register.CLAIMS, row, "beneficiary_id", "claim.beneficiary", claimText(id),
						beneficiaryText(claims.beneficiary(row)));
			}
			if (seen[id] || repeated.get(id)) {
				problem(Register.CLAIMS, row, "claim_id", "claim.twice", claimText(id));
			}
			seen[id] = true;
			if (claims.covered(row) < 0) {
				problem(Register.CLAIMS, row, "amount_covered", "negative", messages.get("claim", claimText(id)),
						Amounts.decimal(claims.covered(row)).toPlainString());
			}
			long copayment = claims.copayment(row);
			if (copayment != Amounts.NONE && copayment < 0) {
				problem(Register.CLAIMS, row, "copayment", "negative", messages.get("claim", claimText(id)),
						Amounts.decimal(copayment).toPlainString());
			}
			int admission = claims.admission(row);
			int discharge = claims.discharge(row);
			if (admission != Days.NONE && discharge != Days.NONE && discharge < admission) {
				problem(Register.CLAIMS, row, "discharge_date", "ends.before", messages.get("claim.stay", claimText(id)),
						Days.date(discharge), Days.date(admission));
			}
			int provider = claims.provider(row);
			int category = claims.category(row);
			if (!knownProvider[provider]) {
				problem(Register.CLAIMS, row, "provider", "provider.unknown", messages.get("claim", claimText(id)),
						tables.providers().text(provider));
			}
			if (!knownCategory[category]) {
				problem(Register.CLAIMS, row, "category", "category.unknown", messages.get("claim", claimText(id)),
						tables.categories().text(category));
			} else if (offered[provider] != null && !offered[provider][category]) {
				problem(Register.CLAIMS, row, "category", "not.offered", messages.get("claim", claimText(id)),
						tables.providers().text(provider), tables.categories().text(category));
			}
		}
	}

	/** @return per code of {@code names}, whether the scheme declares it (every name when there is no scheme) */
	private boolean[] declared(TextDictionary names, BiPredicate<Scheme, String> isKnown) {
		boolean[] known = new boolean[names.size()];
		for (int code = 0; code < known.length; code++) {
			known[code] = scheme == null || isKnown.test(scheme, names.text(code));
		}
		return known;
	}

	/** @return per provider code, the categories it offers; null for a provider that offers every one */
	private boolean[][] offeredCategories() {
		TextDictionary providers = tables.providers();
		TextDictionary categories = tables.categories();
		boolean[][] offered = new boolean[providers.size()][];
		if (scheme == null) {
			return offered;
		}
		for (int p = 0; p < offered.length; p++) {
			String provider = providers.text(p);
			boolean restricted = false;
			boolean[] offers = new boolean[categories.size()];
			for (int c = 0; c < offers.length; c++) {
				offers[c] = DeclaredNames.offers(scheme, provider, categories.text(c));
				restricted |= !offers[c];
			}
			offered[p] = restricted ? offers : null;
		}
		return offered;
	}

	private String contract(int row) {
		return messages.get("contract", tables.members().text(tables.contracts().member(row)),
				Days.date(tables.contracts().start(row)));
	}

	private String beneficiaryText(int code) {
		return tables.beneficiaryIds().text(code);
	}

	private String claimText(int code) {
		return tables.claimIds().text(code);
	}

	private void problem(Register register, int row, String column, String key, Object... arguments) {
		valid = false;
		sink.problem(register, row, column, messages.get(key, arguments));
	}
}
