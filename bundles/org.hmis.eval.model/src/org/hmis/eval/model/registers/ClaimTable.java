/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

import org.hmis.eval.model.ClaimStatus;

/**
 * The claims register, column by column: id, beneficiary, provider and category are codes of
 * the tables' dictionaries; dates are {@link Days}, amounts {@link Amounts}. Optional columns that
 * no row filled are not kept at all.
 */
public final class ClaimTable {

	final int[] id;
	final int[] beneficiary;
	final int[] provider;
	final int[] category;
	final int[] service;
	final byte[] status;
	final long[] covered;
	final long[] copayment;
	final int[] decision;
	final int[] paid;
	final int[] admission;
	final int[] discharge;

	ClaimTable(int[] id, int[] beneficiary, int[] provider, int[] category, int[] service, byte[] status, long[] covered,
			long[] copayment, int[] decision, int[] paid, int[] admission, int[] discharge) {
		Columns.checkLengths(id.length, beneficiary, provider, category, service, status, covered, copayment, decision,
				paid, admission, discharge);
		this.id = id;
		this.beneficiary = beneficiary;
		this.provider = provider;
		this.category = category;
		this.service = service;
		this.status = status;
		this.covered = covered;
		this.copayment = copayment;
		this.decision = decision;
		this.paid = paid;
		this.admission = admission;
		this.discharge = discharge;
	}

	public int size() {
		return id.length;
	}

	public int id(int row) {
		return id[row];
	}

	/** @return the code of the beneficiary id (in the beneficiary-id dictionary) */
	public int beneficiary(int row) {
		return beneficiary[row];
	}

	public int provider(int row) {
		return provider[row];
	}

	public int category(int row) {
		return category[row];
	}

	public int service(int row) {
		return service[row];
	}

	public ClaimStatus status(int row) {
		return ClaimStatus.get(status[row]);
	}

	public boolean isAuthorized(int row) {
		return status[row] == ClaimStatus.AUTHORIZED_VALUE;
	}

	public long covered(int row) {
		return covered[row];
	}

	public long copayment(int row) {
		return copayment == null ? Amounts.NONE : copayment[row];
	}

	public int decision(int row) {
		return decision == null ? Days.NONE : decision[row];
	}

	public int paid(int row) {
		return paid == null ? Days.NONE : paid[row];
	}

	public int admission(int row) {
		return admission == null ? Days.NONE : admission[row];
	}

	public int discharge(int row) {
		return discharge == null ? Days.NONE : discharge[row];
	}

	/** Collects claim rows while a register is read. */
	public static final class Builder {

		private final GrowingColumns.Hint hint = new GrowingColumns.Hint();
		private final GrowingColumns.Ints id = new GrowingColumns.Ints(-1, hint);
		private final GrowingColumns.Ints beneficiary = new GrowingColumns.Ints(-1, hint);
		private final GrowingColumns.Ints provider = new GrowingColumns.Ints(-1, hint);
		private final GrowingColumns.Ints category = new GrowingColumns.Ints(-1, hint);
		private final GrowingColumns.Ints service = new GrowingColumns.Ints(Days.NONE, hint);
		private final GrowingColumns.Bytes status = new GrowingColumns.Bytes(hint);
		private final GrowingColumns.Longs covered = new GrowingColumns.Longs(hint);
		private final GrowingColumns.Longs copayment = new GrowingColumns.Longs(hint);
		private final GrowingColumns.Ints decision = new GrowingColumns.Ints(Days.NONE, hint);
		private final GrowingColumns.Ints paid = new GrowingColumns.Ints(Days.NONE, hint);
		private final GrowingColumns.Ints admission = new GrowingColumns.Ints(Days.NONE, hint);
		private final GrowingColumns.Ints discharge = new GrowingColumns.Ints(Days.NONE, hint);
		private int size;

		Builder() {
		}

		/** Adds a row; optional amounts are {@link Amounts#NONE}, optional days {@link Days#NONE}. @return its index */
		public int add(int idCode, int beneficiaryCode, int providerCode, int categoryCode, int serviceDay,
				ClaimStatus claimStatus, long amountCovered, long copaymentAmount, int decisionDay, int paidDay,
				int admissionDay, int dischargeDay) {
			id.add(idCode);
			beneficiary.add(beneficiaryCode);
			provider.add(providerCode);
			category.add(categoryCode);
			service.add(serviceDay);
			status.add((byte) claimStatus.getValue());
			covered.add(amountCovered);
			copayment.add(copaymentAmount);
			decision.add(decisionDay);
			paid.add(paidDay);
			admission.add(admissionDay);
			discharge.add(dischargeDay);
			return size++;
		}

		public int size() {
			return size;
		}

		/** Sizes the columns for about {@code rows} rows before they are added (a reader's estimate). */
		public void expect(int rows) {
			hint.rows = Math.max(rows, size);
		}

		ClaimTable build() {
			return new ClaimTable(id.take(), beneficiary.take(), provider.take(), category.take(),
					service.take(), status.take(), covered.take(), copayment.takeOrNull(),
					decision.takeOrNull(), paid.takeOrNull(), admission.takeOrNull(), discharge.takeOrNull());
		}
	}
}
