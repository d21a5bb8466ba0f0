/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The distinct texts of one register column (member ids, providers...), each given a dense code in
 * the order first seen. The texts are kept as UTF-8 in one byte array, so a million ids cost their
 * bytes plus a few ints each, not a million {@link String}s; the CSV reader looks a cell up by its
 * bytes, without decoding it. The claim ids are the exception: one text per claim,
 * {@linkplain #append appended} without a lookup, so that their code is the claim's row.
 * <p>
 * The lookup table holds, per slot, a text's hash and code in one {@code long}: a probe reads one
 * slot, and only a slot with the same hash leads to the text's bytes. Looking up the beneficiary
 * of five million claims is bound by memory reads, so each one saved counts.
 */
public final class TextDictionary {

	private static final long EMPTY = -1L;

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	/** A row of {@link #addAll} not resolved yet. */
	private static final int PENDING = -2;

	/** Codes hashed and probed together by {@link #repeatedCodes()}. */
	private static final int REPEATS_BATCH = 4096;

	private byte[] bytes;
	private int used;
	private int[] starts;
	private int size;
	/** Open addressing: hash in the high half, code in the low half; rebuilt on demand after {@link #compact()}. */
	private long[] slots;
	/** The first probe of each row of a batch ({@link #addAll}), kept for the next batch. */
	private long[] probes;
	/** Where the text of each row's candidate code starts and ends ({@link #addAll}). */
	private int[] candidateStarts;
	private int[] candidateEnds;

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
		return add(source, from, length, hash(source, from, length));
	}

	private int add(byte[] source, int from, int length, int hash) {
		long[] table = slots();
		int mask = table.length - 1;
		for (int slot = hash & mask;; slot = (slot + 1) & mask) {
			long entry = table[slot];
			if (entry == EMPTY) {
				int code = store(source, from, length);
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

	/**
	 * Looks up a batch of texts at once, adding the new ones: {@code codes[r]} receives the code of
	 * {@code source[starts[r], starts[r] + lengths[r])}, whose {@link #hash} is {@code hashes[r]},
	 * or -1 where {@code lengths[r]} is negative (no text). New texts get their codes in the order
	 * of the rows, as with {@link #add(byte[], int, int)} row after row.
	 * <p>
	 * Why a batch: looking up a million beneficiary ids at random is bound by the latency of
	 * memory, one cache miss after another when each lookup waits for the last. Here the first
	 * probes of all rows are loaded in one loop with nothing depending on them, so the processor
	 * has many misses in flight at once; then the candidates are checked the same way; only the
	 * rows left (new texts, collisions) take the one-by-one path, on lines already cached.
	 */
	public void addAll(byte[] source, int[] starts, int[] lengths, int[] hashes, int count, int[] codes) {
		long[] table = slots();
		int mask = table.length - 1;
		long[] first = probes(count);
		for (int r = 0; r < count; r++) {
			first[r] = table[hashes[r] & mask];
		}
		// The rest of each probe sequence mostly lies on the line just loaded: walk it to the slot of the row's hash.
		for (int r = 0; r < count; r++) {
			int hash = hashes[r];
			long entry = first[r];
			for (int slot = hash & mask; entry != EMPTY && (int) (entry >>> 32) != hash;) {
				slot = (slot + 1) & mask;
				entry = table[slot];
			}
			codes[r] = lengths[r] < 0 ? -1 : entry == EMPTY ? PENDING : (int) entry;
		}
		// Where the candidates' texts lie, for all rows together, then their bytes: misses overlap again.
		int[] from = candidateStarts(count);
		int[] to = candidateEnds(count);
		for (int r = 0; r < count; r++) {
			int code = codes[r];
			if (code >= 0) {
				from[r] = this.starts[code];
				to[r] = this.starts[code + 1];
			}
		}
		for (int r = 0; r < count; r++) {
			if (codes[r] >= 0 && !sameBytes(from[r], to[r], source, starts[r], lengths[r])) {
				codes[r] = PENDING;
			}
		}
		for (int r = 0; r < count; r++) {
			if (codes[r] == PENDING) {
				codes[r] = add(source, starts[r], lengths[r], hashes[r]);
			}
		}
	}

	/**
	 * Appends a text without looking it up: its code is the number of texts before it, even when
	 * an equal text is already there. For the claim ids, one per claim and unique in a valid
	 * register: a lookup per claim would only fill a table as large as the register (five million
	 * ids: 128 MB) to find nothing; {@link #repeatedCodes()} finds the ids given twice afterwards.
	 *
	 * @return the new code
	 */
	public int append(byte[] source, int from, int length) {
		// A lookup table built before no longer covers every text; the next lookup rebuilds it.
		slots = null;
		return store(source, from, length);
	}

	/** Makes room for about {@code texts} more texts of {@code byteCount} bytes in all before they are appended. */
	public void expect(int texts, long byteCount) {
		if (size + texts + 1 > starts.length) {
			starts = Arrays.copyOf(starts, size + texts + 1);
		}
		long room = Math.min(Integer.MAX_VALUE - 16, used + byteCount);
		if (room > bytes.length) {
			bytes = Arrays.copyOf(bytes, (int) room);
		}
	}

	/** @return the new code of {@code text} (see {@link #append(byte[], int, int)}) */
	public int append(String text) {
		byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
		return append(encoded, 0, encoded.length);
	}

	/**
	 * @return the codes whose text a lower code already holds (texts {@link #append}ed more than
	 *         once); empty for a dictionary filled by {@link #add} only
	 */
	public BitSet repeatedCodes() {
		BitSet repeated = new BitSet();
		if (size < 2) {
			return repeated;
		}
		long[] table = new long[Integer.highestOneBit(size + (size >> 1)) << 1];
		Arrays.fill(table, EMPTY);
		int mask = table.length - 1;
		int batch = Math.min(size, REPEATS_BATCH);
		int[] hashes = new int[batch];
		long[] first = new long[batch];
		for (int from = 0; from < size; from += batch) {
			int count = Math.min(batch, size - from);
			for (int r = 0; r < count; r++) {
				int code = from + r;
				hashes[r] = hash(bytes, starts[code], starts[code + 1] - starts[code]);
			}
			// As in addAll: the first probes of the batch are loaded together, their misses overlapping.
			for (int r = 0; r < count; r++) {
				first[r] = table[hashes[r] & mask];
			}
			for (int r = 0; r < count; r++) {
				int code = from + r;
				int hash = hashes[r];
				int slot = hash & mask;
				// An empty first probe may have been filled by an earlier row of this batch: read it again.
				long entry = first[r] == EMPTY ? table[slot] : first[r];
				while (entry != EMPTY && ((int) (entry >>> 32) != hash || !sameText((int) entry, code))) {
					slot = (slot + 1) & mask;
					entry = table[slot];
				}
				if (entry == EMPTY) {
					table[slot] = pack(hash, code);
				} else {
					repeated.set(code);
				}
			}
		}
		return repeated;
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
	 * Trims the arrays to their content when they have much room left, and drops the lookup table
	 * (rebuilt on the next lookup): called when a table is complete, since most dictionaries are
	 * only read afterwards.
	 */
	public TextDictionary compact() {
		// Trimming copies the arrays: worth it only for the room a dictionary grown by halves may leave.
		if (bytes.length - used > (used >> 3) + 1024) {
			bytes = Arrays.copyOf(bytes, used);
		}
		if (starts.length - size > (size >> 3) + 256) {
			starts = Arrays.copyOf(starts, size + 1);
		}
		slots = null;
		probes = null;
		candidateStarts = null;
		candidateEnds = null;
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

	private int store(byte[] source, int from, int length) {
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

	private long[] probes(int count) {
		if (probes == null || probes.length < count) {
			probes = new long[count];
		}
		return probes;
	}

	private int[] candidateStarts(int count) {
		if (candidateStarts == null || candidateStarts.length < count) {
			candidateStarts = new int[count];
		}
		return candidateStarts;
	}

	private int[] candidateEnds(int count) {
		if (candidateEnds == null || candidateEnds.length < count) {
			candidateEnds = new int[count];
		}
		return candidateEnds;
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

	private boolean sameText(int code, int other) {
		return equals(code, bytes, starts[other], starts[other + 1] - starts[other]);
	}

	private boolean equals(int code, byte[] source, int from, int length) {
		return sameBytes(starts[code], starts[code + 1], source, from, length);
	}

	/** @return whether {@code bytes[start, end)} holds the text {@code source[from, from + length)} */
	private boolean sameBytes(int start, int end, byte[] source, int from, int length) {
		if (end - start != length) {
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

	/** @return the hash a lookup of {@code source[from, from + length)} uses, for {@link #addAll} */
	public static int hash(byte[] source, int from, int length) {
		// Eight bytes a step rather than one: a byte-wise hash is a chain of one multiplication per
		// byte, and the claims register hashes fifteen million cells. Only this process uses the
		// hash (saved tables keep their texts, not their slots), so it may change.
		long hash = 0x9E3779B97F4A7C15L ^ length;
		int end = from + length;
		int i = from;
		for (; i + Long.BYTES <= end; i += Long.BYTES) {
			hash = Long.rotateLeft((hash ^ (long) LONGS.get(source, i)) * 0xBF58476D1CE4E5B9L, 31);
		}
		long tail = 0;
		for (int shift = 0; i < end; i++, shift += Byte.SIZE) {
			tail |= (source[i] & 0xFFL) << shift;
		}
		hash = (hash ^ tail) * 0x94D049BB133111EBL;
		// Final avalanche (MurmurHash3's), so that ids differing in their last digit spread over the table.
		hash ^= hash >>> 33;
		hash *= 0xFF51AFD7ED558CCDL;
		hash ^= hash >>> 33;
		hash *= 0xC4CEB9FE1A85EC53L;
		return (int) (hash ^ (hash >>> 33));
	}
}
