/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

/**
 * The contract rows of each member in order of start day, as two int arrays (a member's rows are
 * {@code rows[first(m)] .. rows[first(m + 1) - 1]}): coverage questions ("is member m covered on
 * day d, and by which contract?") read a handful of adjacent ints instead of walking the register.
 */
public final class MemberContracts {

	private final ContractTable contracts;
	private final int[] first;
	private final int[] rows;

	MemberContracts(ContractTable contracts, int memberCount) {
		this.contracts = contracts;
		first = new int[memberCount + 1];
		for (int row = 0; row < contracts.size(); row++) {
			first[contracts.member(row) + 1]++;
		}
		for (int m = 0; m < memberCount; m++) {
			first[m + 1] += first[m];
		}
		rows = new int[contracts.size()];
		int[] next = first.clone();
		for (int row = 0; row < contracts.size(); row++) {
			rows[next[contracts.member(row)]++] = row;
		}
		for (int m = 0; m < memberCount; m++) {
			sortByStart(first[m], first[m + 1]);
		}
	}

	/** @return the number of member codes (members of the dictionary, with or without a contract) */
	public int memberCount() {
		return first.length - 1;
	}

	/** @return how many contracts member {@code m} holds */
	public int count(int m) {
		return first[m + 1] - first[m];
	}

	/** @return the row of member {@code m}'s {@code k}-th contract in order of start day */
	public int row(int m, int k) {
		return rows[first[m] + k];
	}

	/**
	 * @return the row of the contract covering member {@code m} on {@code day}; when contracts
	 *         overlap, the one that started last; -1 when none does
	 */
	public int covering(int m, int day) {
		int found = -1;
		for (int i = first[m]; i < first[m + 1]; i++) {
			int row = rows[i];
			if (contracts.start(row) > day) {
				break;
			}
			if (day <= contracts.end(row)) {
				found = row;
			}
		}
		return found;
	}

	/** @return the row of member {@code m}'s contract starting on {@code startDay}, or -1 */
	public int startingOn(int m, int startDay) {
		for (int i = first[m]; i < first[m + 1]; i++) {
			if (contracts.start(rows[i]) == startDay) {
				return rows[i];
			}
		}
		return -1;
	}

	private void sortByStart(int from, int to) {
		// Insertion sort: a member holds a few contracts, usually already in order.
		for (int i = from + 1; i < to; i++) {
			int row = rows[i];
			int start = contracts.start(row);
			int j = i - 1;
			while (j >= from && contracts.start(rows[j]) > start) {
				rows[j + 1] = rows[j];
				j--;
			}
			rows[j + 1] = row;
		}
	}
}
