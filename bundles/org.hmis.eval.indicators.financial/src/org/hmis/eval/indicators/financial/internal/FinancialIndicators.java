/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.internal;

import java.util.Map;

import org.hmis.eval.indicators.CatalogIndicatorFamily;
import org.hmis.eval.indicators.Checklists;
import org.hmis.eval.indicators.IndicatorCalculator;
import org.hmis.eval.indicators.IndicatorFamily;
import org.osgi.service.component.annotations.Component;

/** The guide's financial indicators (family F), computed from Tables 1 and 2 and the hidden costs. */
@Component(service = IndicatorFamily.class)
public final class FinancialIndicators extends CatalogIndicatorFamily {

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
				Map.entry("F.7", InvestmentConcentration::calculate),
				Map.entry("F.8", Checklists.binary("F.8")),
				Map.entry("F.9", Checklists.binary("F.9")),
				Map.entry("OI", OperatingIncome::calculate));
	}
}
