/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.administrative.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.Checklists;
import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.hmis.eval.model.PremiumPayment;
import org.hmis.eval.model.Scheme;
import org.osgi.service.component.annotations.Component;

/** The guide's administrative indicators (family T): how well each area of management is monitored. They score the checklists of Table 15, which the product does not hold yet, so every code names that need. */
@Component(service = IndicatorFamily.class)
public final class AdministrativeIndicators extends CatalogIndicatorFamily {

	public AdministrativeIndicators() {
		super("org/hmis/eval/indicators/administrative/indicators");
	}

	@Override
	protected Map<String, IndicatorCalculator> calculators() {
		Map<String, IndicatorCalculator> calculators = new HashMap<>();
		for (String checklist : List.of("T.1.1", "T.1.2", "T.1.3", "T.2.1", "T.2.2", "T.5.1", "T.5.2", "T.6", "T.7", "T.8")) {
			calculators.put(checklist, Checklists.percent(checklist));
		}
		calculators.put("T.3", AdministrativeIndicators::premiumCollectionTools);
		calculators.put("T.4", EntitlementVerification::calculate);
		calculators.put("T.1", mean(calculators, "T.1.1", "T.1.2", "T.1.3"));
		calculators.put("T.2", mean(calculators, "T.2.1", "T.2.2"));
		calculators.put("T.5", mean(calculators, "T.5.1", "T.5.2"));
		calculators.put("T.9", mean(calculators, "T.1", "T.2", "T.3", "T.4", "T.5", "T.6", "T.7", "T.8"));
		return calculators;
	}

	/** T.3 uses the checklist that fits how the scheme collects premiums: in one payment or in instalments. */
	private static IndicatorResult premiumCollectionTools(IndicatorDefinition definition, ComputationContext context) {
		Scheme scheme = context.evaluation().getScheme();
		boolean instalments = scheme != null && scheme.getPremiumPayment() == PremiumPayment.INSTALMENTS;
		return Checklists.percent(instalments ? "T.3.instalments" : "T.3.single").calculate(definition, context);
	}

	/** @return the mean of other codes of this family, computed with their own definitions */
	private IndicatorCalculator mean(Map<String, IndicatorCalculator> calculators, String... codes) {
		return (definition, context) -> {
			List<IndicatorResult> parts = new ArrayList<>();
			for (String code : codes) {
				parts.add(calculators.get(code).calculate(catalog().get(code), context));
			}
			return Checklists.mean(definition, parts);
		};
	}
}
