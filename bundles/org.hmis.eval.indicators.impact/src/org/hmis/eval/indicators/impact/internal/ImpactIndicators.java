/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.impact.internal;

import java.util.Map;

import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.osgi.service.component.annotations.Component;

/** The guide's impact indicators (family I): the scheme's weight for providers and its coverage of the population. */
@Component(service = IndicatorFamily.class)
public final class ImpactIndicators extends CatalogIndicatorFamily {

	public ImpactIndicators() {
		super("org/hmis/eval/indicators/impact/indicators");
	}

	@Override
	protected Map<String, IndicatorCalculator> calculators() {
		return Map.ofEntries(
				Map.entry("I.1", ProviderShare::calculate),
				Map.entry("I.2", ProviderIncomeShare::calculate),
				Map.entry("I.3", CoverageRate::calculate),
				Map.entry("I.4", CategoryBreakdown::calculate));
	}
}
