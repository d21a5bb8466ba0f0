/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.technical.internal;

import java.util.Map;

import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.osgi.service.component.annotations.Component;

/** The guide's technical indicators (family G): membership arrangements, quality of the risk portfolio (Table 16) and average claims costs (Table 10). */
@Component(service = IndicatorFamily.class)
public final class TechnicalIndicators extends CatalogIndicatorFamily {

	public TechnicalIndicators() {
		super("org/hmis/eval/indicators/technical/indicators");
	}

	@Override
	protected Map<String, IndicatorCalculator> calculators() {
		return Map.ofEntries(
				Map.entry("G.1", MembershipArrangements::calculate),
				Map.entry("G.2", RiskPortfolioQuality::calculate),
				Map.entry("G.3.1", AverageClaimCost::calculate),
				Map.entry("G.3.2", BeneficiaryCostComparison::calculate));
	}
}
