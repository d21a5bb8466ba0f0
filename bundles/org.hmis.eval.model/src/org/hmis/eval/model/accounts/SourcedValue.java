/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.accounts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount together with where it came from, so that every indicator can show its inputs
 * with their table and line (for example "Table 1, line G = g1 + g2 + g3 + g4").
 *
 * @param amount the value, never {@code null}
 * @param source human-readable provenance: table, line and, for derived lines, the rule used
 */
public record SourcedValue(BigDecimal amount, String source) {

	public SourcedValue {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(source, "source");
	}
}
