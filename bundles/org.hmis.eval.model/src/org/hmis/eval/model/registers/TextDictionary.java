/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The distinct texts of one register column (member ids, providers, claim ids...), each given a
 * dense code in the order first seen. The texts are kept as UTF-8 in one byte array, so a million
 * ids cost their bytes plus a few ints each, not a million {@link String}s; the CSV reader looks a
 * cell up by its bytes, without decoding it.
 * <p>
 * The lookup table holds, per slot, a text's hash and code in one {@code long}: a probe reads one
 * slot, and only a slot with the same hash leads to the text's bytes. Looking up the beneficiary
 * of five million claims is bound by memory reads, so each one saved counts.
 */
public final class TextDictionary {

	private static final long EMPTY = -1L;

	private byte[] bytes;
	private int used;
	private int[] starts;
	private int size;
	/** Open addressing: hash in the high half, code in the low half; rebuilt on demand after {@link #compact()}. */
	private long[] slots;

	public TextDictionary() {
		bytes = new byte[256];
		starts = new int[17];
	}

	private TextDictionary(byte[] bytes, int[] starts, int size) {
		this.bytes = bytes;
		this.used = starts[size];
		this.starts = starts;
		this.size = size;
	}

	/** @return the number of distinct texts */
	public int size() {
		return size;
	}

	/** @return the code of the text in {@code source[from, from + length)}, adding it when new */
	public int add(byte[] source, int from, int length) {
		int hash = hash(source, from, length);
		long[] table = slots();
		int mask = table.length - 1;
		for (int slot = hash & mask;; slot = (slot + 1) & mask) {
			long entry = table[slot];
			if (entry == EMPTY) {
				int code = append(source, from, length);
				table[slot] = pack(hash, code);
				if (size * 2 > table.length) {
					rehash(table.length * 2);
				}
				return code;
			}
			if ((int) (entry >>> 32) == hash && equals((int) entry, source, from, length)) {
				return (int) entry;
			}
		}
	}

	/** @return the code of {@code text}, adding it when new */
	public int add(String text) {
		byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
		return add(encoded, 0, encoded.length);
	}

	/** @return the code of the text in {@code source[from, from + length)}, or -1 when absent */
	public int find(byte[] source, int from, int length) {
		int hash = hash(source, from, length);
		long[] table = slots();
		int mask = table.length - 1;
		for (int slot = hash & mask;; slot = (slot + 1) & mask) {
			long entry = table[slot];
			if (entry == EMPTY) {
				return -1;
			}
			if ((int) (entry >>> 32) == hash && equals((int) entry, source, from, length)) {
				return (int) entry;
			}
		}
	}

	/** @return the code of {@code text}, or -1 when absent */
	public int find(String text) {
		byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
		return find(encoded, 0, encoded.length);
	}

	/** @return the text of a code */
	public String text(int code) {
		return new String(bytes, starts[code], starts[code + 1] - starts[code], StandardCharsets.UTF_8);
	}

	/**
	 * Trims the arrays to their content and drops the lookup table (rebuilt on the next lookup):
	 * called when a table is complete, since most dictionaries are only read afterwards.
	 */
	public TextDictionary compact() {
		bytes = Arrays.copyOf(bytes, used);
		starts = Arrays.copyOf(starts, size + 1);
		slots = null;
		return this;
	}

	/** The raw form, for {@link RegisterTablesCodec}. */
	byte[] rawBytes() {
		return Arrays.copyOf(bytes, used);
	}

	int[] rawStarts() {
		return Arrays.copyOf(starts, size + 1);
	}

	static TextDictionary ofRaw(byte[] bytes, int[] starts) {
		if (starts.length == 0 || starts[0] != 0 || starts[starts.length - 1] != bytes.length) {
			throw new IllegalArgumentException("inconsistent dictionary");
		}
		for (int i = 1; i < starts.length; i++) {
			if (starts[i] < starts[i - 1]) {
				throw new IllegalArgumentException("inconsistent dictionary");
			}
		}
		return new TextDictionary(bytes, starts, starts.length - 1);
	}

	private int append(byte[] source, int from, int length) {
		if (used + length > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length + (bytes.length >> 1), used + length));
		}
		System.arraycopy(source, from, bytes, used, length);
		used += length;
		if (size + 2 > starts.length) {
			starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1) + 2);
		}
		starts[size + 1] = used;
		return size++;
	}

	private long[] slots() {
		if (slots == null) {
			rehash(Integer.highestOneBit(Math.max(16, size * 2)) << 1);
		}
		return slots;
	}

	private void rehash(int capacity) {
		long[] table = new long[capacity];
		Arrays.fill(table, EMPTY);
		int mask = capacity - 1;
		if (slots != null) {
			for (long entry : slots) {
				if (entry != EMPTY) {
					place(table, mask, entry);
				}
			}
		} else {
			for (int code = 0; code < size; code++) {
				place(table, mask, pack(hash(bytes, starts[code], starts[code + 1] - starts[code]), code));
			}
		}
		slots = table;
	}

	private static void place(long[] table, int mask, long entry) {
		int slot = (int) (entry >>> 32) & mask;
		while (table[slot] != EMPTY) {
			slot = (slot + 1) & mask;
		}
		table[slot] = entry;
	}

	private static long pack(int hash, int code) {
		return (long) hash << 32 | (code & 0xFFFF_FFFFL);
	}

	private boolean equals(int code, byte[] source, int from, int length) {
		int start = starts[code];
		if (starts[code + 1] - start != length) {
			return false;
		}
		// A plain loop: ids and names are a few bytes long, where Arrays.equals's vectorized
		// mismatch costs more than it saves (measured on the claims register).
		for (int i = 0; i < length; i++) {
			if (bytes[start + i] != source[from + i]) {
				return false;
			}
		}
		return true;
	}

	private static int hash(byte[] source, int from, int length) {
		int hash = 0x9747b28c;
		for (int i = from; i < from + length; i++) {
			hash = (hash ^ source[i]) * 0x01000193;
		}
		// Final avalanche (MurmurHash3's), so that ids differing in their last digit spread over the table.
		hash ^= hash >>> 16;
		hash *= 0x85ebca6b;
		hash ^= hash >>> 13;
		hash *= 0xc2b2ae35;
		return hash ^ (hash >>> 16);
	}
}
