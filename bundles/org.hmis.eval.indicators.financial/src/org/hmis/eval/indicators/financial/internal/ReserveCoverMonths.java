/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.internal;

import java.math.BigDecimal;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;

/** F.3.2: retained earnings (Table 2, line 18) over claims (Table 1, line G), in months of claims. */
final class ReserveCoverMonths {

	private ReserveCoverMonths() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		return Reserves.inputs(definition, context).quotient("18", "G", BigDecimal.valueOf(12));
	}
}
