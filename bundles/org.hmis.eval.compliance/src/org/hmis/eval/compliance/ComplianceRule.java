/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.util.Locale;
import java.util.Objects;

import org.hmis.eval.model.text.LocalizedText;

/**
 * One rule of a pack, declared as data: {@code left operator right} over indicator codes, model
 * values and thresholds (DHIS2's validation rule), with its title, legal reference, importance,
 * missing-value strategy and scope.
 *
 * @param pack the identifier of the pack that declares it
 * @param id the rule's identifier, unique in the product ("WAEMU.REC.2")
 * @param title what the rule requires, in the reader's language
 * @param reference the text and article the rule comes from
 * @param test the rule itself
 * @param leftText the left side as the catalogue writes it (shown to people)
 * @param rightText the right side as the catalogue writes it
 * @param importance how much a failure weighs
 * @param strategy what a missing figure does
 * @param scope where the rule applies
 */
public record ComplianceRule(String pack, String id, LocalizedText title, LegalReference reference, Condition test,
		String leftText, String rightText, Importance importance, MissingValueStrategy strategy, Scope scope) {

	public ComplianceRule {
		Objects.requireNonNull(pack, "pack");
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(test, "test");
		Objects.requireNonNull(importance, "importance");
		Objects.requireNonNull(strategy, "strategy");
		Objects.requireNonNull(scope, "scope");
	}

	/** @return the test as the catalogue writes it, e.g. {@code F.5 <= threshold(claims_ratio_max)} */
	public String text() {
		return leftText + " " + test.operator().symbol() + " " + rightText;
	}

	public String title(Locale locale) {
		return title.text(locale);
	}
}
