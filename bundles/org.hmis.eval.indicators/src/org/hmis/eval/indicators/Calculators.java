/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.util.List;

/** Calculators shared by families. */
public final class Calculators {

	private Calculators() {
	}

	/**
	 * @return a calculator for an indicator that is declared but whose inputs the model cannot
	 *         carry yet; its result names what is missing and never has a value
	 */
	public static IndicatorCalculator missingInput(String... what) {
		List<String> subjects = List.of(what);
		return (definition, context) -> IndicatorResult.notComputable(definition,
				NotComputable.missingInput(subjects), List.of());
	}
}
