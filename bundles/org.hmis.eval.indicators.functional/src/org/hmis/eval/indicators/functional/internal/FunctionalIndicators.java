/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.functional.internal;

import java.util.Map;

import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.hmis.eval.sheets.MembershipFigures;
import org.osgi.service.component.annotations.Component;

/** The guide's functional indicators (family M): membership growth and coverage, renewal, premiums, payment periods. */
@Component(service = IndicatorFamily.class)
public final class FunctionalIndicators extends CatalogIndicatorFamily {

	public FunctionalIndicators() {
		super("org/hmis/eval/indicators/functional/indicators");
	}

	@Override
	protected Map<String, IndicatorCalculator> calculators() {
		return Map.ofEntries(
				Map.entry("M.1", MembershipGrowth.of(MembershipFigures::members, "members")),
				Map.entry("M.1.1", MembershipGrowth.of(MembershipFigures::beneficiaries, "beneficiaries")),
				Map.entry("M.1.2", MembershipGrowth.of(MembershipFigures::dependents, "dependents")),
				Map.entry("M.2", RenewalRate::calculate),
				Map.entry("M.3", AreaGrowth::internal),
				Map.entry("M.4", AreaGrowth::external),
				Map.entry("M.5", PenetrationRate::calculate),
				Map.entry("M.6", PremiumCollectionRate::calculate),
				Map.entry("M.7.1", ProviderPaymentPeriod::calculate),
				Map.entry("M.7.2", MemberReimbursementPeriod::calculate));
	}
}
