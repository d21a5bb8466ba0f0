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

	private static int grown(int capacity, int needed) {
		return Math.max(needed, capacity + (capacity >> 1) + 16);
	}

	static final class Ints {
		private final int absent;
		private int[] values;
		private int size;

		Ints(int absent) {
			this.absent = absent;
		}

		void add(int value) {
			if (values == null) {
				if (value == absent) {
					size++;
					return;
				}
				values = new int[grown(size, size + 1)];
				Arrays.fill(values, 0, size, absent);
			} else if (size == values.length) {
				values = Arrays.copyOf(values, grown(size, size + 1));
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
		private long[] values;
		private int size;

		void add(long value) {
			if (values == null) {
				if (value == Amounts.NONE) {
					size++;
					return;
				}
				values = new long[grown(size, size + 1)];
				Arrays.fill(values, 0, size, Amounts.NONE);
			} else if (size == values.length) {
				values = Arrays.copyOf(values, grown(size, size + 1));
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
		private byte[] values;
		private int size;

		void add(byte value) {
			if (values == null) {
				if (value < 0) {
					size++;
					return;
				}
				values = new byte[grown(size, size + 1)];
				Arrays.fill(values, 0, size, (byte) -1);
			} else if (size == values.length) {
				values = Arrays.copyOf(values, grown(size, size + 1));
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
