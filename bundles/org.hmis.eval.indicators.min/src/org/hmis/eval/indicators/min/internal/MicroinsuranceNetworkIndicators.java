/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.min.internal;

import java.util.Map;

import org.hmis.eval.indicators.Calculators;
import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.osgi.service.component.annotations.Component;

/** The Microinsurance Network's key performance indicators (family MIN), contributed as a plug-in family. */
@Component(service = IndicatorFamily.class)
public final class MicroinsuranceNetworkIndicators extends CatalogIndicatorFamily {

	/** Who was due to renew and who did (MIN.4). */
	static final String RENEWAL_REGISTER = "renewal register: members due for renewal and members who renewed (contracts.csv), not yet in the model";

	/** When each claim was submitted and paid (MIN.5). */
	static final String CLAIM_DATES = "claims register with submission and payment dates (claims.csv), not yet in the model";

	/** Claims submitted and rejected (MIN.6). */
	static final String CLAIM_DECISIONS = "claims register with the decision on each claim (claims.csv status), not yet in the model";

	/** Insured counts of two years (MIN.7). */
	static final String INSURED_TWO_YEARS = "insured persons at the end of years N and N-1 (beneficiaries.csv or monthly_beneficiaries.csv), not yet in the model";

	/** Insured count and target population (MIN.8). */
	static final String INSURED_AND_TARGET = "insured persons and target population of year N (beneficiaries.csv, population.csv), not yet in the model";

	public MicroinsuranceNetworkIndicators() {
		super("org/hmis/eval/indicators/min/indicators");
	}

	@Override
	protected Map<String, IndicatorCalculator> calculators() {
		return Map.ofEntries(
				Map.entry("MIN.1", NetIncomeRatio::calculate),
				Map.entry("MIN.2", IncurredExpenseRatio::calculate),
				Map.entry("MIN.3", IncurredClaimsRatio::calculate),
				Map.entry("MIN.4", Calculators.missingInput(RENEWAL_REGISTER)),
				Map.entry("MIN.5", Calculators.missingInput(CLAIM_DATES)),
				Map.entry("MIN.6", Calculators.missingInput(CLAIM_DECISIONS)),
				Map.entry("MIN.7", Calculators.missingInput(INSURED_TWO_YEARS)),
				Map.entry("MIN.8", Calculators.missingInput(INSURED_AND_TARGET)),
				Map.entry("MIN.9", SolvencyRatio::calculate),
				Map.entry("MIN.10", LiquidityRatio::calculate));
	}
}
