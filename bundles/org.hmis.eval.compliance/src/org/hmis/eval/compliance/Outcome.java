/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.util.Locale;

/** The result of one rule for one evaluation and year. */
public enum Outcome {
	PASS, FAIL, NOT_EVALUABLE;

	/** @return the name in the JSON ({@code pass}, {@code fail}, {@code not_evaluable}) */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String label(Locale locale) {
		return ComplianceTexts.text("outcome." + id()).text(locale);
	}
}
