/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hmis.eval.model.text.LocalizedText;

/**
 * A pack of compliance rules (a regulation's, or good practice's). A bundle contributes a pack by
 * registering an OSGi service of this type, typically a Declarative Services component extending
 * {@link CatalogRulePack} whose rules are data in the bundle; nothing else in the product changes.
 */
public interface RulePack {

	/** @return the pack's identifier, as {@code hmis-eval check --pack} takes it ("waemu") */
	String id();

	/** @return the pack's name in the given language */
	String title(Locale locale);

	/** @return the rules, in the order they are reported */
	List<ComplianceRule> rules();

	/** @return the thresholds the rules read */
	List<ThresholdDefinition> thresholds();

	/** @return the threshold values the pack ships (often declared but empty: not set) */
	Thresholds defaultThresholds();

	/**
	 * @return the pack's own wording of "this threshold is not set", when it is not the
	 *         supervisory authority that sets it (good practice); empty for the API's wording
	 */
	default Optional<LocalizedText> thresholdNotSet(String name) {
		return Optional.empty();
	}
}
