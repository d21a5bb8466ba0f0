/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of the register tables, held exactly as whole ten-thousandths of the currency unit in a
 * {@code long} column: sums stay exact (a double would drift over millions of claims), and a
 * {@link BigDecimal} per cell would cost ten times the memory. Four decimals cover every currency
 * and the interchange format's amounts; an amount with more is refused, never rounded.
 */
public final class Amounts {

	/** Decimals kept. */
	public static final int SCALE = 4;

	/** The value of an optional amount that was not given. */
	public static final long NONE = Long.MIN_VALUE;

	/** The largest amount a cell can hold, in currency units (about 922 thousand billion). */
	public static final long MAX_UNITS = Long.MAX_VALUE / 10_000L;

	private Amounts() {
	}

	/** @return the scaled value of {@code amount}, or {@link #NONE} for null */
	public static long of(BigDecimal amount) {
		if (amount == null) {
			return NONE;
		}
		return amount.setScale(SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
	}

	/** @return the amount of a scaled value, or null for {@link #NONE} */
	public static BigDecimal decimal(long scaled) {
		if (scaled == NONE) {
			return null;
		}
		BigDecimal value = BigDecimal.valueOf(scaled, SCALE).stripTrailingZeros();
		return value.scale() < 0 ? value.setScale(0) : value;
	}
}
