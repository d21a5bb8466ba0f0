/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

import java.util.Arrays;

/** Primitive columns that grow while a register is read, then hand over their trimmed arrays. */
final class GrowingColumns {

	private GrowingColumns() {
	}

	static final class Ints {
		private int[] values = new int[64];
		private int size;
		private final int absent;
		private boolean anyPresent;

		Ints(int absent) {
			this.absent = absent;
		}

		void add(int value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size + (size >> 1));
			}
			values[size++] = value;
			anyPresent |= value != absent;
		}

		/** @return the values, or null when the column never had a value (an optional column left out) */
		int[] toArrayOrNull() {
			return anyPresent ? Arrays.copyOf(values, size) : null;
		}

		int[] toArray() {
			return Arrays.copyOf(values, size);
		}
	}

	static final class Longs {
		private long[] values = new long[64];
		private int size;
		private boolean anyPresent;

		void add(long value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size + (size >> 1));
			}
			values[size++] = value;
			anyPresent |= value != Amounts.NONE;
		}

		long[] toArrayOrNull() {
			return anyPresent ? Arrays.copyOf(values, size) : null;
		}

		long[] toArray() {
			return Arrays.copyOf(values, size);
		}
	}

	static final class Bytes {
		private byte[] values = new byte[64];
		private int size;
		private boolean anyPresent;

		void add(byte value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size + (size >> 1));
			}
			values[size++] = value;
			anyPresent |= value >= 0;
		}

		byte[] toArrayOrNull() {
			return anyPresent ? Arrays.copyOf(values, size) : null;
		}

		byte[] toArray() {
			return Arrays.copyOf(values, size);
		}
	}
}
