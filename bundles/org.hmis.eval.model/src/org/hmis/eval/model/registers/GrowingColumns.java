/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

import java.util.Arrays;

/**
 * Primitive columns that grow while a register is read, then hand over their trimmed arrays. An
 * optional column allocates nothing until its first value arrives (a claims register of millions
 * of rows without discharge dates costs no array for them), and {@code take} drops the growing
 * array as soon as it is copied, so that building the tables never holds every column twice.
 */
final class GrowingColumns {

	private GrowingColumns() {
	}

	/**
	 * How many rows the register is expected to have, shared by the columns of one table: a column
	 * takes that capacity at once instead of growing to it by copies. Each copy of a column of
	 * millions of rows is an array of megabytes left to the collector, which filled the default
	 * heap with garbage while the claims were read.
	 */
	static final class Hint {
		int rows;
	}

	private static int grown(Hint hint, int capacity, int needed) {
		int next = hint.rows > capacity ? hint.rows : capacity + (capacity >> 1) + 16;
		return Math.max(needed, next);
	}

	static final class Ints {
		private final int absent;
		private final Hint hint;
		private int[] values;
		private int size;

		Ints(int absent, Hint hint) {
			this.absent = absent;
			this.hint = hint;
		}

		void add(int value) {
			if (values == null) {
				if (value == absent) {
					size++;
					return;
				}
				values = new int[grown(hint, size, size + 1)];
				Arrays.fill(values, 0, size, absent);
			} else if (size == values.length) {
				values = Arrays.copyOf(values, grown(hint, size, size + 1));
			}
			values[size++] = value;
		}

		/** @return the values, or null when the column never had one (an optional column left out) */
		int[] takeOrNull() {
			int[] taken = values == null ? null : values.length == size ? values : Arrays.copyOf(values, size);
			values = null;
			return taken;
		}

		/** @return the values of a required column */
		int[] take() {
			int[] taken = takeOrNull();
			if (taken == null) {
				taken = new int[size];
				Arrays.fill(taken, absent);
			}
			return taken;
		}
	}

	static final class Longs {
		private final Hint hint;
		private long[] values;
		private int size;

		Longs(Hint hint) {
			this.hint = hint;
		}

		void add(long value) {
			if (values == null) {
				if (value == Amounts.NONE) {
					size++;
					return;
				}
				values = new long[grown(hint, size, size + 1)];
				Arrays.fill(values, 0, size, Amounts.NONE);
			} else if (size == values.length) {
				values = Arrays.copyOf(values, grown(hint, size, size + 1));
			}
			values[size++] = value;
		}

		long[] takeOrNull() {
			long[] taken = values == null ? null : values.length == size ? values : Arrays.copyOf(values, size);
			values = null;
			return taken;
		}

		long[] take() {
			long[] taken = takeOrNull();
			if (taken == null) {
				taken = new long[size];
				Arrays.fill(taken, Amounts.NONE);
			}
			return taken;
		}
	}

	/** Bytes hold enum values; a negative value means "not given". */
	static final class Bytes {
		private final Hint hint;
		private byte[] values;
		private int size;

		Bytes(Hint hint) {
			this.hint = hint;
		}

		void add(byte value) {
			if (values == null) {
				if (value < 0) {
					size++;
					return;
				}
				values = new byte[grown(hint, size, size + 1)];
				Arrays.fill(values, 0, size, (byte) -1);
			} else if (size == values.length) {
				values = Arrays.copyOf(values, grown(hint, size, size + 1));
			}
			values[size++] = value;
		}

		byte[] takeOrNull() {
			byte[] taken = values == null ? null : values.length == size ? values : Arrays.copyOf(values, size);
			values = null;
			return taken;
		}

		byte[] take() {
			byte[] taken = takeOrNull();
			if (taken == null) {
				taken = new byte[size];
				Arrays.fill(taken, (byte) -1);
			}
			return taken;
		}
	}
}
