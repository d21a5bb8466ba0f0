/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.functional.internal;

import org.hmis.eval.model.accounts.AccountLineCatalog;
import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.model.text.TextBundle;

/**
 * The family's own texts: where its inputs come from and what to supply when one is missing, in
 * sources*.properties next to its catalog (English, the results contract's wording, and French).
 */
final class Texts {

	private static final TextBundle TEXTS = TextBundle.of(Texts.class, "org.hmis.eval.indicators.functional.sources");

	private Texts() {
	}

	static LocalizedText text(String key, Object... arguments) {
		return TEXTS.text(key, arguments);
	}

	/** @return e.g. "Table 1, line G (incurred claims)": the model's name of the line and the family's word for it */
	static LocalizedText line(String code) {
		return TEXTS.text("line." + code, AccountLineCatalog.reference(code));
	}
}
