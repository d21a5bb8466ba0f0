/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.economic.internal;

import java.util.Map;

import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.osgi.service.component.annotations.Component;

/** The guide's economic viability indicators (family V): Table 1 and the hidden costs. */
@Component(service = IndicatorFamily.class)
public final class EconomicIndicators extends CatalogIndicatorFamily {

	public EconomicIndicators() {
		super("org/hmis/eval/indicators/economic/indicators");
	}

	@Override
	protected Map<String, IndicatorCalculator> calculators() {
		return Map.ofEntries(
				Map.entry("V.1", SelfFinancingRatio::calculate),
				Map.entry("V.2", ExpenseWithHiddenCostsRatio::calculate));
	}
}
