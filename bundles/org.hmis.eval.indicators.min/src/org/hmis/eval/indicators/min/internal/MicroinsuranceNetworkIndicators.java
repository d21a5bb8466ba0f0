/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.min.internal;

import java.util.Map;

import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.osgi.service.component.annotations.Component;

/** The Microinsurance Network's key performance indicators (family MIN), contributed as a plug-in family. */
@Component(service = IndicatorFamily.class)
public final class MicroinsuranceNetworkIndicators extends CatalogIndicatorFamily {

	public MicroinsuranceNetworkIndicators() {
		super("org/hmis/eval/indicators/min/indicators");
	}

	@Override
	protected Map<String, IndicatorCalculator> calculators() {
		return Map.ofEntries(
				Map.entry("MIN.1", NetIncomeRatio::calculate),
				Map.entry("MIN.2", IncurredExpenseRatio::calculate),
				Map.entry("MIN.3", IncurredClaimsRatio::calculate),
				Map.entry("MIN.4", RegisterRatios::renewal),
				Map.entry("MIN.5", RegisterRatios::promptness),
				Map.entry("MIN.6", RegisterRatios::rejection),
				Map.entry("MIN.7", RegisterRatios::growth),
				Map.entry("MIN.8", RegisterRatios::coverage),
				Map.entry("MIN.9", SolvencyRatio::calculate),
				Map.entry("MIN.10", LiquidityRatio::calculate));
	}
}
