/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.RiskPortfolioEntry;
import org.hmis.eval.model.riskportfolio.ReferenceGrid;

/**
 * Reads {@code risk_portfolio.csv}, an extension of the interchange format
 * (docs/interchange-extensions.md): the scheme's Table 16, one row per service of the reference
 * list, with the measures it applies. A service code outside the reference list is refused.
 */
public final class RiskPortfolioFile {

	public static final String NAME = "risk_portfolio.csv";
	static final Set<String> PAYMENT_MECHANISMS = Set.of("fee_for_service", "per_case", "per_day", "capitation");

	private RiskPortfolioFile() {
	}

	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		CsvTable.read(folder, NAME, Set.of("year", "service", "covered"),
				Set.of("waiting_period", "deductible", "copayment_pct", "maximum_benefit", "prior_agreement",
						"compulsory_referral", "payment_mechanism", "rationalization", "provider_selection"),
				problems).ifPresent(table -> readRows(table, evaluation));
	}

	private static void readRows(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			Optional<String> service = row.requiredText("service");
			RiskPortfolioEntry entry = ModelFactory.eINSTANCE.createRiskPortfolioEntry();
			Optional<Boolean> covered = row.yesNo("covered", false);
			row.text("waiting_period").ifPresent(entry::setWaitingPeriod);
			row.amount("deductible", false).ifPresent(entry::setDeductible);
			row.amount("copayment_pct", false).ifPresent(entry::setCopaymentPercent);
			row.amount("maximum_benefit", false).ifPresent(entry::setMaximumBenefit);
			row.yesNo("prior_agreement", false).ifPresent(entry::setPriorAgreement);
			row.yesNo("compulsory_referral", false).ifPresent(entry::setCompulsoryReferral);
			if (row.text("payment_mechanism").isPresent()) {
				row.choice("payment_mechanism", PAYMENT_MECHANISMS, null).ifPresent(entry::setPaymentMechanism);
			}
			row.yesNo("rationalization", false).ifPresent(entry::setRationalization);
			row.yesNo("provider_selection", false).ifPresent(entry::setProviderSelection);
			boolean percentOk = entry.getCopaymentPercent() == null
					|| entry.getCopaymentPercent().compareTo(java.math.BigDecimal.valueOf(100)) <= 0;
			if (!percentOk) {
				row.error("copayment_pct must be between 0 and 100: " + entry.getCopaymentPercent().toPlainString());
			}
			boolean known = service.isEmpty() || ReferenceGrid.get().service(service.get()).isPresent();
			if (!known) {
				row.error("unknown service: '" + service.get() + "' is not in the reference list of Table 16");
			}
			if (year.isEmpty() || service.isEmpty() || covered.isEmpty() || !known || !percentOk
					|| !keys.isNew(row, "service " + service.get() + " for " + year.get(), year.get(), service.get())) {
				continue;
			}
			entry.setService(service.get());
			entry.setCovered(covered.get());
			YearIndex.yearOf(evaluation, year.get()).getRiskPortfolio().add(entry);
		}
	}
}
