/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.util.Locale;

import org.hmis.eval.model.text.LocalizedText;

/**
 * A threshold a pack's rules read ({@code threshold(name)}), which the authority sets in a
 * parameter file.
 *
 * @param name the name rules and parameter files use
 * @param unit the unit of its value ({@code %}, {@code ratio}, {@code months}, {@code members}...)
 * @param description what it limits, in the reader's language
 */
public record ThresholdDefinition(String name, String unit, LocalizedText description) {

	public String description(Locale locale) {
		return description.text(locale);
	}
}
