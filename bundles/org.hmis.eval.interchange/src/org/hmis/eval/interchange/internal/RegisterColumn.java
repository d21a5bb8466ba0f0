/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.util.List;

import org.hmis.eval.model.BeneficiaryRole;
import org.hmis.eval.model.ClaimStatus;
import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;
import org.hmis.eval.model.Sex;
import org.hmis.eval.model.registers.Register;

/**
 * The columns of the four register files (specification section 1), declared once: the streaming
 * reader maps a file's header onto them, the exporter writes them in this order, and the value
 * kind says how a cell is read. Closed value lists are the model's EEnums.
 */
public enum RegisterColumn {
	CONTRACT_MEMBER(Register.CONTRACTS, "member_id", Kind.TEXT, true),
	CONTRACT_START(Register.CONTRACTS, "start_date", Kind.DATE, true),
	CONTRACT_END(Register.CONTRACTS, "end_date", Kind.DATE, true),
	CONTRACT_PREMIUM(Register.CONTRACTS, "premium_due", Kind.AMOUNT, true),
	CONTRACT_DUE(Register.CONTRACTS, "due_date", Kind.DATE, false),
	CONTRACT_TYPE(Register.CONTRACTS, "membership_type", Kind.LITERAL, false, MembershipType.VALUES),
	CONTRACT_UNIT(Register.CONTRACTS, "membership_unit", Kind.LITERAL, false, MembershipUnit.VALUES),
	CONTRACT_AREA(Register.CONTRACTS, "area", Kind.TEXT, false),
	CONTRACT_PROMOTER(Register.CONTRACTS, "promoter", Kind.TEXT, false),
	CONTRACT_PLAN(Register.CONTRACTS, "plan", Kind.TEXT, false),

	BENEFICIARY_ID(Register.BENEFICIARIES, "beneficiary_id", Kind.TEXT, true),
	BENEFICIARY_MEMBER(Register.BENEFICIARIES, "member_id", Kind.TEXT, true),
	BENEFICIARY_ROLE(Register.BENEFICIARIES, "role", Kind.LITERAL, true, BeneficiaryRole.VALUES),
	BENEFICIARY_SEX(Register.BENEFICIARIES, "sex", Kind.LITERAL, false, Sex.VALUES),
	BENEFICIARY_BIRTH(Register.BENEFICIARIES, "birth_date", Kind.DATE, false),
	BENEFICIARY_START(Register.BENEFICIARIES, "start_date", Kind.DATE, false),
	BENEFICIARY_END(Register.BENEFICIARIES, "end_date", Kind.DATE, false),

	PAYMENT_MEMBER(Register.PAYMENTS, "member_id", Kind.TEXT, true),
	PAYMENT_CONTRACT_START(Register.PAYMENTS, "contract_start", Kind.DATE, true),
	PAYMENT_DATE(Register.PAYMENTS, "payment_date", Kind.DATE, true),
	PAYMENT_AMOUNT(Register.PAYMENTS, "amount", Kind.AMOUNT, true),

	CLAIM_ID(Register.CLAIMS, "claim_id", Kind.TEXT, true),
	CLAIM_BENEFICIARY(Register.CLAIMS, "beneficiary_id", Kind.TEXT, true),
	CLAIM_PROVIDER(Register.CLAIMS, "provider", Kind.TEXT, true),
	CLAIM_CATEGORY(Register.CLAIMS, "category", Kind.TEXT, true),
	CLAIM_SERVICE(Register.CLAIMS, "service_date", Kind.DATE, true),
	CLAIM_STATUS(Register.CLAIMS, "status", Kind.LITERAL, true, ClaimStatus.VALUES),
	CLAIM_COVERED(Register.CLAIMS, "amount_covered", Kind.AMOUNT, true),
	CLAIM_COPAYMENT(Register.CLAIMS, "copayment", Kind.AMOUNT, false),
	CLAIM_DECISION(Register.CLAIMS, "decision_date", Kind.DATE, false),
	CLAIM_PAID(Register.CLAIMS, "paid_date", Kind.DATE, false),
	CLAIM_ADMISSION(Register.CLAIMS, "admission_date", Kind.DATE, false),
	CLAIM_DISCHARGE(Register.CLAIMS, "discharge_date", Kind.DATE, false);

	/** How a cell of the column is read. */
	public enum Kind {
		/** Text kept in a dictionary: ids and names. */
		TEXT,
		/** An ISO date, 1900 to 2100. */
		DATE,
		/** A decimal amount, not negative, at most four decimals. */
		AMOUNT,
		/** One literal of a closed value list (an EEnum of the model). */
		LITERAL
	}

	private final Register register;
	private final String column;
	private final Kind kind;
	private final boolean required;
	private final List<? extends org.eclipse.emf.common.util.Enumerator> literals;

	RegisterColumn(Register register, String column, Kind kind, boolean required) {
		this(register, column, kind, required, List.of());
	}

	RegisterColumn(Register register, String column, Kind kind, boolean required,
			List<? extends org.eclipse.emf.common.util.Enumerator> literals) {
		this.register = register;
		this.column = column;
		this.kind = kind;
		this.required = required;
		this.literals = literals;
	}

	/** @return the file name of a register in an interchange folder */
	public static String fileName(Register register) {
		return switch (register) {
		case CONTRACTS -> "contracts.csv";
		case BENEFICIARIES -> "beneficiaries.csv";
		case PAYMENTS -> "payments.csv";
		case CLAIMS -> "claims.csv";
		};
	}

	private static final java.util.Map<Register, List<RegisterColumn>> BY_REGISTER = new java.util.EnumMap<>(
			Register.class);

	static {
		for (Register register : Register.values()) {
			BY_REGISTER.put(register,
					java.util.Arrays.stream(values()).filter(c -> c.register == register).toList());
		}
	}

	/** @return the columns of a register's file, in the order they are written */
	public static List<RegisterColumn> of(Register register) {
		return BY_REGISTER.get(register);
	}

	public Register register() {
		return register;
	}

	/** @return the column's name in the file's header */
	public String column() {
		return column;
	}

	public Kind kind() {
		return kind;
	}

	public boolean required() {
		return required;
	}

	/** @return the closed list of a {@link Kind#LITERAL} column */
	public List<? extends org.eclipse.emf.common.util.Enumerator> literals() {
		return literals;
	}

	/** @return the index among its register's columns (the columns of a register are declared together) */
	public int index() {
		return ordinal() - BY_REGISTER.get(register).get(0).ordinal();
	}
}
