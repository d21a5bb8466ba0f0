/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.tests;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.testing.VimoExample;

/** Small evaluations for the financial indicator tests. */
final class Evaluations {

	private Evaluations() {
	}

	/** @return an evaluation of {@code year} with the given lines, alternating code and amount */
	static Evaluation withLines(int year, Object... codesAndAmounts) {
		return VimoExample.withLines(year, codesAndAmounts);
	}

	/** @return the VIMO example's Table 1 lines that F.5 depends on (guide, Table 1) */
	static Evaluation vimo2006() {
		return withLines(2006, "A", 1_300_000, "B", 100_000, "E", 5_000, "g1", 850_000, "g3", 50_000);
	}
}
