/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets;

import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.model.text.TextBundle;

/** The sources this bundle gives its figures, in sources*.properties (English, French). */
final class Texts {

	private static final TextBundle TEXTS = TextBundle.of(Texts.class, "org.hmis.eval.sheets.sources");

	private Texts() {
	}

	static LocalizedText text(String key, Object... arguments) {
		return TEXTS.text(key, arguments);
	}
}
