/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.humanresources.internal;

import java.util.Map;

import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.Checklists;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.osgi.service.component.annotations.Component;

/** The guide's human resources indicators (family H). */
@Component(service = IndicatorFamily.class)
public final class HumanResourcesIndicators extends CatalogIndicatorFamily {

	public HumanResourcesIndicators() {
		super("org/hmis/eval/indicators/humanresources/indicators");
	}

	@Override
	protected Map<String, IndicatorCalculator> calculators() {
		return Map.ofEntries(
				Map.entry("H.1", Checklists.percent("H.1")),
				Map.entry("H.2.1", GrossTrainingInvestment::calculate),
				Map.entry("H.2.2", NetTrainingInvestment::calculate));
	}
}
