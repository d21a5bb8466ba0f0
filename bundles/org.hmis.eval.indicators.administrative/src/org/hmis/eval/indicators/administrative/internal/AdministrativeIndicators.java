/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.administrative.internal;

import java.util.Map;

import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.osgi.service.component.annotations.Component;

/** The guide's administrative indicators (family T): how well each area of management is monitored. They score the checklists of Table 15, which the product does not hold yet, so every code names that need. */
@Component(service = IndicatorFamily.class)
public final class AdministrativeIndicators extends CatalogIndicatorFamily {

	public AdministrativeIndicators() {
		super("org/hmis/eval/indicators/administrative/indicators");
	}

	@Override
	protected Map<String, IndicatorCalculator> calculators() {
		return Map.of("T.4", EntitlementVerification::calculate);
	}
}
