/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.accounts;

import org.hmis.eval.model.text.TextBundle;

/** How inputs name the lines of Tables 1 and 2 ("Table 1, line G"), in references*.properties. */
final class References {

	static final TextBundle TEXTS = TextBundle.of(References.class, "org.hmis.eval.model.accounts.references");

	private References() {
	}
}
