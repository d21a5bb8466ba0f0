/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.riskportfolio;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hmis.eval.model.RiskPortfolioEntry;

/**
 * The two totals of G.2 for a scheme's Table 16: X, the sum of the maximum scores of the services
 * it covers, and Y, the points its measures earn. A service earns a point for each measure it
 * applies that the grid counts for it, never more than its maximum. Because the guide holds one
 * of deductible and percentage co-payment to be enough (note 2 of the grid), applying either
 * earns the points of both where the grid counts both.
 */
public final class PortfolioScore {

	/** X and Y of one group of services. */
	public record Totals(int x, int y) {
		Totals plus(int score, int earned) {
			return new Totals(x + score, y + earned);
		}
	}

	private final Map<String, Totals> byGroup = new LinkedHashMap<>();
	private Totals total = new Totals(0, 0);

	public PortfolioScore(List<RiskPortfolioEntry> entries, ReferenceGrid grid) {
		for (RiskPortfolioEntry entry : entries) {
			ReferenceService service = grid.service(entry.getService()).orElse(null);
			if (service == null || !entry.isCovered() || service.g2Score().isEmpty()) {
				continue;
			}
			int score = service.g2Score().getAsInt();
			int earned = Math.min(score, earned(applied(entry), service.g2Measures()));
			byGroup.merge(service.group(), new Totals(score, earned), (a, b) -> a.plus(b.x(), b.y()));
			total = total.plus(score, earned);
		}
	}

	public Totals total() {
		return total;
	}

	public Map<String, Totals> byGroup() {
		return Map.copyOf(byGroup);
	}

	/** @return the measures a line of Table 16 shows as applied */
	public static Set<RiskMeasure> applied(RiskPortfolioEntry entry) {
		EnumSet<RiskMeasure> applied = EnumSet.noneOf(RiskMeasure.class);
		if (entry.getWaitingPeriod() != null && !entry.getWaitingPeriod().isBlank()) {
			applied.add(RiskMeasure.WP);
		}
		if (positive(entry.getDeductible())) {
			applied.add(RiskMeasure.DED);
		}
		if (positive(entry.getCopaymentPercent())) {
			applied.add(RiskMeasure.COP);
		}
		if (positive(entry.getMaximumBenefit())) {
			applied.add(RiskMeasure.MAX);
		}
		if (entry.isPriorAgreement()) {
			applied.add(RiskMeasure.PRI);
		}
		if (entry.isCompulsoryReferral()) {
			applied.add(RiskMeasure.REF);
		}
		// The grid scores flat-rate payment: per case (episode), per day or capitation, not fee-for-service.
		if (entry.isSetPaymentMechanism() && entry.getPaymentMechanism() != org.hmis.eval.model.PaymentMechanism.FEE_FOR_SERVICE) {
			applied.add(RiskMeasure.PAY);
		}
		if (entry.isRationalization()) {
			applied.add(RiskMeasure.RAT);
		}
		if (entry.isProviderSelection()) {
			applied.add(RiskMeasure.SEL);
		}
		return applied;
	}

	private static int earned(Set<RiskMeasure> applied, Set<RiskMeasure> counted) {
		EnumSet<RiskMeasure> effective = applied.isEmpty() ? EnumSet.noneOf(RiskMeasure.class) : EnumSet.copyOf(applied);
		if (effective.contains(RiskMeasure.DED) || effective.contains(RiskMeasure.COP)) {
			effective.add(RiskMeasure.DED);
			effective.add(RiskMeasure.COP);
		}
		effective.retainAll(counted);
		return effective.size();
	}

	private static boolean positive(BigDecimal value) {
		return value != null && value.signum() > 0;
	}
}
