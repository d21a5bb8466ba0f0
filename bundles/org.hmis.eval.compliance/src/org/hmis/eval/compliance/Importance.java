/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.util.Locale;

/** How much a failed rule weighs, as DHIS2's validation rules grade it. */
public enum Importance {
	HIGH, MEDIUM, LOW;

	/** @return the importance written in a catalogue ({@code high}), medium when blank */
	public static Importance parse(String text) {
		return text == null || text.isBlank() ? MEDIUM : valueOf(text.trim().toUpperCase(Locale.ROOT));
	}

	/** @return the name used in catalogues and in the JSON ({@code high}) */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String label(Locale locale) {
		return ComplianceTexts.text("importance." + id()).text(locale);
	}
}
