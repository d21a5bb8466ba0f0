/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.internal;

import java.util.Map;

import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.osgi.service.component.annotations.Component;

/** The guide's financial indicators (family F), computed from Tables 1 and 2. */
@Component(service = IndicatorFamily.class)
public final class FinancialIndicators extends CatalogIndicatorFamily {

	public FinancialIndicators() {
		super("org/hmis/eval/indicators/financial/indicators");
	}

	@Override
	protected Map<String, IndicatorCalculator> calculators() {
		return Map.of("F.5", ClaimsRatio::calculate);
	}
}
