/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.efficiency.internal;

import java.util.Map;

import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.osgi.service.component.annotations.Component;

/** The guide's efficiency indicator (family C), from Table 1. */
@Component(service = IndicatorFamily.class)
public final class EfficiencyIndicators extends CatalogIndicatorFamily {

	public EfficiencyIndicators() {
		super("org/hmis/eval/indicators/efficiency/indicators");
	}

	@Override
	protected Map<String, IndicatorCalculator> calculators() {
		return Map.ofEntries(
				Map.entry("C.1", InvestmentIncomeRatio::calculate));
	}
}
