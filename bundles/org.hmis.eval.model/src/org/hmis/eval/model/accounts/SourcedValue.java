/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.accounts;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

import org.hmis.eval.model.text.LocalizedText;

/**
 * An amount together with where it came from, so that every indicator can show its inputs
 * with their table and line (for example "Table 1, line G = g1 + g2 + g3 + g4").
 *
 * @param amount the value, never {@code null}
 * @param provenance human-readable provenance: table, line and, for derived lines, the rule used;
 *        kept unrendered so that it can be shown in the reader's language
 */
public record SourcedValue(BigDecimal amount, LocalizedText provenance) {

	public SourcedValue {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(provenance, "provenance");
	}

	/** A value whose source reads the same in every language. */
	public SourcedValue(BigDecimal amount, String source) {
		this(amount, LocalizedText.literal(source));
	}

	/** @return the provenance in the wording of the results contract (English) */
	public String source() {
		return provenance.text();
	}

	/** @return the provenance in the given language */
	public String source(Locale locale) {
		return provenance.text(locale);
	}
}
