/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.hmis.eval.model.text.LocalizedText;

/**
 * Why an indicator has no value. The message names the missing input or the zero denominator so
 * that the evaluator knows what to collect; a value is never replaced by 0, NaN or Infinity.
 *
 * @param kind the class of problem
 * @param subjectTexts what is missing or zero ("Table 1, line C"), rendered in the reader's language
 */
public record NotComputable(Kind kind, List<LocalizedText> subjectTexts) {

	/** Classes of reasons. */
	public enum Kind {
		MISSING_INPUT, ZERO_DENOMINATOR, NOT_APPLICABLE
	}

	public NotComputable {
		Objects.requireNonNull(kind, "kind");
		subjectTexts = List.copyOf(subjectTexts);
	}

	public static NotComputable missingInput(List<String> what) {
		return missingInputs(what.stream().map(LocalizedText::literal).toList());
	}

	/** @return the reason naming every input that is missing, in any language */
	public static NotComputable missingInputs(List<LocalizedText> what) {
		return new NotComputable(Kind.MISSING_INPUT, what);
	}

	public static NotComputable zeroDenominator(String what) {
		return zeroDenominator(LocalizedText.literal(what));
	}

	public static NotComputable zeroDenominator(LocalizedText what) {
		return new NotComputable(Kind.ZERO_DENOMINATOR, List.of(what));
	}

	public static NotComputable notApplicable(String why) {
		return notApplicable(LocalizedText.literal(why));
	}

	public static NotComputable notApplicable(LocalizedText why) {
		return new NotComputable(Kind.NOT_APPLICABLE, List.of(why));
	}

	/** @return what is missing or zero, in the results contract's wording (English) */
	public List<String> subjects() {
		return subjectTexts.stream().map(LocalizedText::text).toList();
	}

	/** @return the reason in the results contract's wording, e.g. "missing input: Table 1, line C" */
	public String message() {
		return message(LocalizedText.CONTRACT);
	}

	/** @return the reason in the given language, its subjects included */
	public String message(Locale locale) {
		String joined = subjectTexts.stream().map(subject -> subject.text(locale)).collect(Collectors.joining(", "));
		return switch (kind) {
		case MISSING_INPUT -> Messages.format(locale, "reason.missingInput", joined);
		case ZERO_DENOMINATOR -> Messages.format(locale, "reason.zeroDenominator", joined);
		case NOT_APPLICABLE -> Messages.format(locale, "reason.notApplicable", joined);
		};
	}
}
