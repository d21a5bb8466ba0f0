/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why an indicator has no value. The message names the missing input or the zero denominator so
 * that the evaluator knows what to collect; a value is never replaced by 0, NaN or Infinity.
 *
 * @param kind the class of problem
 * @param subjects what is missing or zero ("Table 1, line C")
 */
public record NotComputable(Kind kind, List<String> subjects) {

	/** Classes of reasons. */
	public enum Kind {
		MISSING_INPUT, ZERO_DENOMINATOR, NOT_APPLICABLE
	}

	public NotComputable {
		Objects.requireNonNull(kind, "kind");
		subjects = List.copyOf(subjects);
	}

	public static NotComputable missingInput(List<String> what) {
		return new NotComputable(Kind.MISSING_INPUT, what);
	}

	public static NotComputable zeroDenominator(String what) {
		return new NotComputable(Kind.ZERO_DENOMINATOR, List.of(what));
	}

	public static NotComputable notApplicable(String why) {
		return new NotComputable(Kind.NOT_APPLICABLE, List.of(why));
	}

	/** @return the reason in the results contract's wording, e.g. "missing input: Table 1, line C" */
	public String message() {
		return message(Locale.ROOT);
	}

	/** @return the reason in the given language */
	public String message(Locale locale) {
		String joined = String.join(", ", subjects);
		return switch (kind) {
		case MISSING_INPUT -> Messages.format(locale, "reason.missingInput", joined);
		case ZERO_DENOMINATOR -> Messages.format(locale, "reason.zeroDenominator", joined);
		case NOT_APPLICABLE -> Messages.format(locale, "reason.notApplicable", joined);
		};
	}
}
