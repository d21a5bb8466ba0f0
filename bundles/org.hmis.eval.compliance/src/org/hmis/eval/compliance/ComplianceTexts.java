/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.model.text.TextBundle;

/** The API's own texts (reasons, outcomes, importance), in messages*.properties, English and French. */
public final class ComplianceTexts {

	/** Base name of the API's texts, for tests that check their translation. */
	public static final String BASE_NAME = "org.hmis.eval.compliance.messages";

	private static final TextBundle TEXTS = TextBundle.of(ComplianceTexts.class, BASE_NAME);

	private ComplianceTexts() {
	}

	public static LocalizedText text(String key, Object... arguments) {
		return TEXTS.text(key, arguments);
	}
}
