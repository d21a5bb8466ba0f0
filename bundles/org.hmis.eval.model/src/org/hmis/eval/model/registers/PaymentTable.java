/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

/**
 * The premium payments register, column by column: the member (a code of the member dictionary)
 * and the start day of the contract paid for, the day paid and the amount.
 */
public final class PaymentTable {

	final int[] member;
	final int[] contractStart;
	final int[] paid;
	final long[] amount;

	PaymentTable(int[] member, int[] contractStart, int[] paid, long[] amount) {
		Columns.checkLengths(member.length, contractStart, paid, amount);
		this.member = member;
		this.contractStart = contractStart;
		this.paid = paid;
		this.amount = amount;
	}

	public int size() {
		return member.length;
	}

	public int member(int row) {
		return member[row];
	}

	public int contractStart(int row) {
		return contractStart[row];
	}

	public int paid(int row) {
		return paid[row];
	}

	public long amount(int row) {
		return amount[row];
	}

	/** Collects payment rows while a register is read. */
	public static final class Builder {

		private final GrowingColumns.Hint hint = new GrowingColumns.Hint();
		private final GrowingColumns.Ints member = new GrowingColumns.Ints(-1, hint);
		private final GrowingColumns.Ints contractStart = new GrowingColumns.Ints(Days.NONE, hint);
		private final GrowingColumns.Ints paid = new GrowingColumns.Ints(Days.NONE, hint);
		private final GrowingColumns.Longs amount = new GrowingColumns.Longs(hint);
		private int size;

		Builder() {
		}

		/** @return the row's index */
		public int add(int memberCode, int contractStartDay, int paidDay, long scaledAmount) {
			member.add(memberCode);
			contractStart.add(contractStartDay);
			paid.add(paidDay);
			amount.add(scaledAmount);
			return size++;
		}

		public int size() {
			return size;
		}

		/** Sizes the columns for about {@code rows} rows before they are added (a reader's estimate). */
		public void expect(int rows) {
			hint.rows = Math.max(rows, size);
		}

		PaymentTable build() {
			return new PaymentTable(member.take(), contractStart.take(), paid.take(), amount.take());
		}
	}
}
