/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.internal;

import java.util.Map;

import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.Calculators;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.osgi.service.component.annotations.Component;

/** The guide's financial indicators (family F), computed from Tables 1 and 2 and the hidden costs. */
@Component(service = IndicatorFamily.class)
public final class FinancialIndicators extends CatalogIndicatorFamily {

	/** What F.7 needs and the model does not carry yet. */
	static final String INVESTMENTS = "list of investments (Table 14, investments.csv), not yet in the model";
	/** What F.8 needs and the model does not carry yet. */
	static final String ALM_CHECKLIST = "asset-liability matching checklist (management reports), not yet in the model";
	/** What F.9 needs and the model does not carry yet. */
	static final String RISK_CHECKLIST = "financial risk management checklist (guarantee funds, reinsurance contracts), not yet in the model";

	public FinancialIndicators() {
		super("org/hmis/eval/indicators/financial/indicators");
	}

	@Override
	protected Map<String, IndicatorCalculator> calculators() {
		return Map.ofEntries(
				Map.entry("F.1", QuickRatio::calculate),
				Map.entry("F.2", EquityDebtRatio::calculate),
				Map.entry("F.3.1", ReserveRatio::calculate),
				Map.entry("F.3.2", ReserveCoverMonths::calculate),
				Map.entry("F.4.1", OperatingExpenseRatio::calculate),
				Map.entry("F.4.2", TotalExpenseRatio::calculate),
				Map.entry("F.5", ClaimsRatio::calculate),
				Map.entry("F.6", GrossOperatingExpenseRatio::calculate),
				Map.entry("F.7", Calculators.missingInput(INVESTMENTS)),
				Map.entry("F.8", Calculators.missingInput(ALM_CHECKLIST)),
				Map.entry("F.9", Calculators.missingInput(RISK_CHECKLIST)),
				Map.entry("OI", OperatingIncome::calculate));
	}
}
