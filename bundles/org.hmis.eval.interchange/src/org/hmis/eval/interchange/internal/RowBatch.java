/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.hmis.eval.model.registers.TextDictionary;

/**
 * Rows of a register file parsed into typed cells, handed from {@link RowParser} to
 * {@link RegisterFileReader}: dates, amounts and literals by column, the bytes of text cells copied
 * out of the reading buffer, the line of each row kept, and the problems met on the way. Batches
 * are reused, so that a file of millions of rows allocates a handful of them.
 */
final class RowBatch {

	/** Rows a batch holds. */
	static final int CAPACITY = 8192;

	/** A bad cell or row, placed at its line and column (0: the whole row). */
	record Problem(int line, int column, String reason) {
	}

	final int[] lines = new int[CAPACITY];
	final int[][] dates;
	final long[][] amounts;
	final Enumerator[][] literals;
	final int[][] textStart;
	final int[][] textLength;
	/** The dictionary hash of each text cell, computed on the parsing thread to spare the adding one. */
	final int[][] textHash;
	/** The dictionary codes of the text cells, filled by the adding thread. */
	final int[][] codes;
	final List<Problem> problems = new ArrayList<>();
	byte[] textBytes = new byte[1 << 18];
	int textUsed;
	/** Rows kept (valid) in this batch. */
	int rows;
	/** Non-blank rows met, kept or not. */
	long seen;
	/** Bytes of the file read once the batch was filled. */
	long offset;
	boolean last;
	/** A failure of the reading itself (the file could not be read on), to be raised by the consumer. */
	Throwable failure;

	RowBatch(int columns) {
		dates = new int[columns][CAPACITY];
		amounts = new long[columns][CAPACITY];
		literals = new Enumerator[columns][CAPACITY];
		textStart = new int[columns][CAPACITY];
		textLength = new int[columns][CAPACITY];
		textHash = new int[columns][CAPACITY];
		codes = new int[columns][CAPACITY];
	}

	void clear() {
		rows = 0;
		seen = 0;
		textUsed = 0;
		problems.clear();
		last = false;
		failure = null;
	}

	/** Forgets the texts a refused row may have left at the current row index. */
	void beginRow() {
		for (int[] lengths : textLength) {
			lengths[rows] = -1;
		}
	}

	/** Copies a text cell; {@code hashed}: whether it will be looked up (claim ids are not). */
	void putText(int column, byte[] source, int from, int length, boolean hashed) {
		if (textUsed + length > textBytes.length) {
			textBytes = Arrays.copyOf(textBytes, Math.max(textBytes.length * 2, textUsed + length));
		}
		System.arraycopy(source, from, textBytes, textUsed, length);
		textStart[column][rows] = textUsed;
		textLength[column][rows] = length;
		if (hashed) {
			textHash[column][rows] = TextDictionary.hash(textBytes, textUsed, length);
		}
		textUsed += length;
	}

	void problem(int line, int column, String reason) {
		problems.add(new Problem(line, column, reason));
	}
}
