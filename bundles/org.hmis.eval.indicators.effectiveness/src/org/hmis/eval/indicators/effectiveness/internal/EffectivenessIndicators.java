/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.effectiveness.internal;

import java.util.Map;

import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.osgi.service.component.annotations.Component;

/** The guide's effectiveness indicators (family E): how beneficiaries use health services compared with the rest of the population. */
@Component(service = IndicatorFamily.class)
public final class EffectivenessIndicators extends CatalogIndicatorFamily {

	public EffectivenessIndicators() {
		super("org/hmis/eval/indicators/effectiveness/indicators");
	}

	@Override
	protected Map<String, IndicatorCalculator> calculators() {
		return Map.ofEntries(
				Map.entry("E.2", ComparativeUtilization::calculate),
				Map.entry("E.1", UtilizationRate::calculate),
				Map.entry("E.3.1", SampleComparison.mean("latent_period", SampleComparison.BENEFICIARY)),
				Map.entry("E.3.2", SampleComparison.mean("latent_period", SampleComparison.NON_BENEFICIARY)),
				Map.entry("E.3", SampleComparison.difference("latent_period")),
				Map.entry("E.4.1", SampleComparison.mean("length_of_stay", SampleComparison.BENEFICIARY)),
				Map.entry("E.4.2", SampleComparison.mean("length_of_stay", SampleComparison.NON_BENEFICIARY)),
				Map.entry("E.4", SampleComparison.difference("length_of_stay")),
				Map.entry("E.5", SampleComparison.difference("hospital_cost")),
				Map.entry("E.6", ExclusionRate::calculate));
	}
}
