/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

/**
 * The four registers of a scheme (specification section 1) held column by column: what a
 * national union's five million claims fit in. Immutable once built: an import or a correction
 * replaces the whole tables. Texts are codes of the dictionaries held here, so that equal ids and
 * names are stored once and compared as ints.
 */
public final class RegisterTables {

	/** Tables without a row. */
	public static final RegisterTables EMPTY = new Builder().build();

	private final TextDictionary members;
	private final TextDictionary beneficiaryIds;
	private final TextDictionary claimIds;
	private final TextDictionary providers;
	private final TextDictionary categories;
	private final TextDictionary areas;
	private final TextDictionary promoters;
	private final TextDictionary plans;
	private final ContractTable contracts;
	private final BeneficiaryTable beneficiaries;
	private final PaymentTable payments;
	private final ClaimTable claims;
	private volatile MemberContracts contractsByMember;
	private volatile int[] beneficiaryRows;

	RegisterTables(TextDictionary[] dictionaries, ContractTable contracts, BeneficiaryTable beneficiaries,
			PaymentTable payments, ClaimTable claims) {
		this.members = dictionaries[0];
		this.beneficiaryIds = dictionaries[1];
		this.claimIds = dictionaries[2];
		this.providers = dictionaries[3];
		this.categories = dictionaries[4];
		this.areas = dictionaries[5];
		this.promoters = dictionaries[6];
		this.plans = dictionaries[7];
		this.contracts = contracts;
		this.beneficiaries = beneficiaries;
		this.payments = payments;
		this.claims = claims;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The dictionaries in the order the codec writes them. */
	TextDictionary[] dictionaries() {
		return new TextDictionary[] { members, beneficiaryIds, claimIds, providers, categories, areas, promoters, plans };
	}

	public ContractTable contracts() {
		return contracts;
	}

	public BeneficiaryTable beneficiaries() {
		return beneficiaries;
	}

	public PaymentTable payments() {
		return payments;
	}

	public ClaimTable claims() {
		return claims;
	}

	public TextDictionary members() {
		return members;
	}

	public TextDictionary beneficiaryIds() {
		return beneficiaryIds;
	}

	/**
	 * @return the claim ids: for tables read from files, one text per claim, its code the claim's
	 *         row, an id given twice held twice ({@link TextDictionary#repeatedCodes()})
	 */
	public TextDictionary claimIds() {
		return claimIds;
	}

	public TextDictionary providers() {
		return providers;
	}

	public TextDictionary categories() {
		return categories;
	}

	public TextDictionary areas() {
		return areas;
	}

	public TextDictionary promoters() {
		return promoters;
	}

	public TextDictionary plans() {
		return plans;
	}

	public boolean isEmpty() {
		return rowCount() == 0;
	}

	/** @return the rows of one register */
	public int size(Register register) {
		return switch (register) {
		case CONTRACTS -> contracts.size();
		case BENEFICIARIES -> beneficiaries.size();
		case PAYMENTS -> payments.size();
		case CLAIMS -> claims.size();
		};
	}

	/** @return the rows of the four registers together */
	public long rowCount() {
		return (long) contracts.size() + beneficiaries.size() + payments.size() + claims.size();
	}

	/** @return the contracts of each member in order of start day, indexed once and kept */
	public MemberContracts contractsByMember() {
		MemberContracts index = contractsByMember;
		if (index == null) {
			index = new MemberContracts(contracts, members.size());
			contractsByMember = index;
		}
		return index;
	}

	/**
	 * @return the row of a beneficiary-id code, or -1 for an id no beneficiary row holds (a claim
	 *         naming an unknown beneficiary); when an id is registered twice, its last row
	 */
	public int beneficiaryRow(int idCode) {
		int[] rows = beneficiaryRows;
		if (rows == null) {
			rows = new int[beneficiaryIds.size()];
			java.util.Arrays.fill(rows, -1);
			for (int row = 0; row < beneficiaries.size(); row++) {
				rows[beneficiaries.id(row)] = row;
			}
			beneficiaryRows = rows;
		}
		return idCode < 0 || idCode >= rows.length ? -1 : rows[idCode];
	}

	/**
	 * Tables are equal when their rows are, register by register and in order, whatever codes the
	 * dictionaries gave their texts (two reads of the same files may number them differently).
	 */
	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof RegisterTables that) || contracts.size() != that.contracts.size()
				|| beneficiaries.size() != that.beneficiaries.size() || payments.size() != that.payments.size()
				|| claims.size() != that.claims.size()) {
			return false;
		}
		for (int row = 0; row < contracts.size(); row++) {
			if (!ContractRow.of(this, row).equals(ContractRow.of(that, row))) {
				return false;
			}
		}
		for (int row = 0; row < beneficiaries.size(); row++) {
			if (!BeneficiaryRow.of(this, row).equals(BeneficiaryRow.of(that, row))) {
				return false;
			}
		}
		for (int row = 0; row < payments.size(); row++) {
			if (!PaymentRow.of(this, row).equals(PaymentRow.of(that, row))) {
				return false;
			}
		}
		for (int row = 0; row < claims.size(); row++) {
			if (!ClaimRow.of(this, row).equals(ClaimRow.of(that, row))) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(contracts.size(), beneficiaries.size(), payments.size(), claims.size());
	}

	@Override
	public String toString() {
		return contracts.size() + " contracts, " + beneficiaries.size() + " beneficiaries, " + payments.size()
				+ " payments, " + claims.size() + " claims";
	}

	/** Collects the rows of the four registers, then {@link #build()}s the tables. */
	public static final class Builder {

		private final TextDictionary[] dictionaries = new TextDictionary[8];
		private final ContractTable.Builder contracts = new ContractTable.Builder();
		private final BeneficiaryTable.Builder beneficiaries = new BeneficiaryTable.Builder();
		private final PaymentTable.Builder payments = new PaymentTable.Builder();
		private final ClaimTable.Builder claims = new ClaimTable.Builder();

		Builder() {
			for (int i = 0; i < dictionaries.length; i++) {
				dictionaries[i] = new TextDictionary();
			}
		}

		public TextDictionary members() {
			return dictionaries[0];
		}

		public TextDictionary beneficiaryIds() {
			return dictionaries[1];
		}

		/** The claim ids, one per claim ({@link TextDictionary#append}), repeated ones included. */
		public TextDictionary claimIds() {
			return dictionaries[2];
		}

		public TextDictionary providers() {
			return dictionaries[3];
		}

		public TextDictionary categories() {
			return dictionaries[4];
		}

		public TextDictionary areas() {
			return dictionaries[5];
		}

		public TextDictionary promoters() {
			return dictionaries[6];
		}

		public TextDictionary plans() {
			return dictionaries[7];
		}

		public ContractTable.Builder contracts() {
			return contracts;
		}

		public BeneficiaryTable.Builder beneficiaries() {
			return beneficiaries;
		}

		public PaymentTable.Builder payments() {
			return payments;
		}

		public ClaimTable.Builder claims() {
			return claims;
		}

		/** Adds a contract given by its texts and dates (for tests and small imports). */
		public int add(ContractRow row) {
			return contracts.add(members().add(row.memberId()), Days.of(row.startDate()), Days.of(row.endDate()),
					Days.of(row.dueDate()), Amounts.of(row.premiumDue()), row.membershipType(), row.membershipUnit(),
					code(areas(), row.area()), code(promoters(), row.promoter()), code(plans(), row.plan()));
		}

		public int add(BeneficiaryRow row) {
			return beneficiaries.add(beneficiaryIds().add(row.beneficiaryId()), members().add(row.memberId()), row.role(),
					row.sex(), Days.of(row.birthDate()), Days.of(row.startDate()), Days.of(row.endDate()));
		}

		public int add(PaymentRow row) {
			return payments.add(members().add(row.memberId()), Days.of(row.contractStart()), Days.of(row.paymentDate()),
					Amounts.of(row.amount()));
		}

		public int add(ClaimRow row) {
			return claims.add(claimIds().append(row.claimId()), beneficiaryIds().add(row.beneficiaryId()),
					providers().add(row.provider()), categories().add(row.category()), Days.of(row.serviceDate()),
					row.status(), Amounts.of(row.amountCovered()), Amounts.of(row.copayment()), Days.of(row.decisionDate()),
					Days.of(row.paidDate()), Days.of(row.admissionDate()), Days.of(row.dischargeDate()));
		}

		private static int code(TextDictionary dictionary, String name) {
			return name == null || name.isEmpty() ? -1 : dictionary.add(name);
		}

		public RegisterTables build() {
			TextDictionary[] compacted = new TextDictionary[dictionaries.length];
			for (int i = 0; i < dictionaries.length; i++) {
				compacted[i] = dictionaries[i].compact();
			}
			return new RegisterTables(compacted, contracts.build(), beneficiaries.build(), payments.build(), claims.build());
		}
	}
}
