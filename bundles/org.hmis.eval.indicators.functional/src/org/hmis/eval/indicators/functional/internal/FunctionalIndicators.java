/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.functional.internal;

import java.util.Map;

import org.hmis.eval.indicators.Calculators;
import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.osgi.service.component.annotations.Component;

/** The guide's functional indicators (family M); M.1 to M.6 wait for the monitoring sheets in the model. */
@Component(service = IndicatorFamily.class)
public final class FunctionalIndicators extends CatalogIndicatorFamily {

	/** Members, beneficiaries and dependents month by month (Table 7). */
	static final String MEMBERSHIP_SHEET = "monthly membership sheet (Table 7, monthly_beneficiaries.csv) for years N and N-1, not yet in the model";

	/** Members joining and leaving (M.2). */
	static final String ENROLMENT_REGISTER = "membership register with new members and lapses of years N and N-1 (contracts.csv), not yet in the model";

	/** Members split by area (M.3, M.4). */
	static final String AREA_SHEET = "members by old and new area for years N and N-1 (contracts.csv area), not yet in the model";

	/** The population the scheme aims at (M.5). */
	static final String TARGET_POPULATION = "target population of year N (population.csv), not yet in the model";

	/** Premiums due and received (M.6). */
	static final String PREMIUM_FILE = "insured and premium file: premiums due and received (contracts.csv, payments.csv), not yet in the model";

	public FunctionalIndicators() {
		super("org/hmis/eval/indicators/functional/indicators");
	}

	@Override
	protected Map<String, IndicatorCalculator> calculators() {
		return Map.ofEntries(
				Map.entry("M.1", Calculators.missingInput(MEMBERSHIP_SHEET)),
				Map.entry("M.1.1", Calculators.missingInput(MEMBERSHIP_SHEET)),
				Map.entry("M.1.2", Calculators.missingInput(MEMBERSHIP_SHEET)),
				Map.entry("M.2", Calculators.missingInput(ENROLMENT_REGISTER)),
				Map.entry("M.3", Calculators.missingInput(AREA_SHEET)),
				Map.entry("M.4", Calculators.missingInput(AREA_SHEET)),
				Map.entry("M.5", Calculators.missingInput(MEMBERSHIP_SHEET, TARGET_POPULATION)),
				Map.entry("M.6", Calculators.missingInput(PREMIUM_FILE)),
				Map.entry("M.7.1", ProviderPaymentPeriod::calculate),
				Map.entry("M.7.2", MemberReimbursementPeriod::calculate));
	}
}
