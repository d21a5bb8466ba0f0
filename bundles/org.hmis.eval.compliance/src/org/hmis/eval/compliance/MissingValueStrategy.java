/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.util.Locale;

/**
 * What a rule does when a figure it reads is not in the evaluation, as in DHIS2's validation
 * rules. Whatever the strategy, a threshold the authority has not set and an entry that cannot be
 * read make the rule not evaluable: they are never taken as zero.
 */
public enum MissingValueStrategy {
	/** Not evaluable as soon as one figure is missing (the default). */
	SKIP_IF_ANY_VALUE_MISSING,
	/** Not evaluable only when every figure is missing; a missing one otherwise counts as zero. */
	SKIP_IF_ALL_VALUES_MISSING,
	/** Always evaluated; a missing figure counts as zero (e.g. a stage of Table 21 not recorded as met). */
	NEVER_SKIP;

	/** @return the strategy written in a catalogue ({@code skip_if_any_value_missing}), the default when blank */
	public static MissingValueStrategy parse(String text) {
		if (text == null || text.isBlank()) {
			return SKIP_IF_ANY_VALUE_MISSING;
		}
		return valueOf(text.trim().toUpperCase(Locale.ROOT));
	}
}
