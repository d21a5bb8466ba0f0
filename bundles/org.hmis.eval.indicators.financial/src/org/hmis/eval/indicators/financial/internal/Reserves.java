/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.internal;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.accounts.AccountLines;

/** The inputs F.3.1 and F.3.2 share: retained earnings (Table 2, line 18) and claims (line G). */
final class Reserves {

	private Reserves() {
	}

	static InputSet inputs(IndicatorDefinition definition, ComputationContext context) {
		AccountLines accounts = context.accounts();
		return InputSet.of(definition)
				.add("18", accounts.line("18"), Texts.line("18"))
				.add("G", accounts.line("G"), Texts.line("G"));
	}
}
