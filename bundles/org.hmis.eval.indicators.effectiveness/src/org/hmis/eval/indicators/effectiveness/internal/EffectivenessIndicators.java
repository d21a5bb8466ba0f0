/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.effectiveness.internal;

import java.util.Map;

import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.hmis.eval.model.SurveyGroup;
import org.hmis.eval.model.SurveyKind;
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
				Map.entry("E.3.1", SampleComparison.mean(SurveyKind.LATENT_PERIOD, SurveyGroup.BENEFICIARY)),
				Map.entry("E.3.2", SampleComparison.mean(SurveyKind.LATENT_PERIOD, SurveyGroup.NON_BENEFICIARY)),
				Map.entry("E.3", SampleComparison.difference(SurveyKind.LATENT_PERIOD)),
				Map.entry("E.4.1", SampleComparison.mean(SurveyKind.LENGTH_OF_STAY, SurveyGroup.BENEFICIARY)),
				Map.entry("E.4.2", SampleComparison.mean(SurveyKind.LENGTH_OF_STAY, SurveyGroup.NON_BENEFICIARY)),
				Map.entry("E.4", SampleComparison.difference(SurveyKind.LENGTH_OF_STAY)),
				Map.entry("E.5", SampleComparison.difference(SurveyKind.HOSPITAL_COST)),
				Map.entry("E.6", ExclusionRate::calculate));
	}
}
