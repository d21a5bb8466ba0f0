/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.technical.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.MembershipMixEntry;
import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;

/**
 * G.1: exposure to adverse selection from the membership arrangements. Each beneficiary scores
 * the points of his or her arrangement (voluntary individual 3, voluntary family 2, voluntary
 * group 1, compulsory or automatic 0); G.1 is the average score, from 0 to 3.
 */
final class MembershipArrangements {

	private static final Map<MembershipUnit, Integer> VOLUNTARY_POINTS = Map.of(MembershipUnit.INDIVIDUAL, 3,
			MembershipUnit.FAMILY, 2, MembershipUnit.GROUP, 1);

	private MembershipArrangements() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		int year = context.year();
		List<MembershipMixEntry> mix = context.rowsOfYear(AccountingYear::getMembershipMix);
		long beneficiaries = 0;
		long points = 0;
		for (MembershipMixEntry entry : mix) {
			beneficiaries += entry.getBeneficiaries();
			if (entry.getMembershipType() == MembershipType.VOLUNTARY) {
				points += entry.getBeneficiaries() * VOLUNTARY_POINTS.getOrDefault(entry.getMembershipUnit(), 0);
			}
		}
		LocalizedText source = Texts.text("mix.source", year);
		LocalizedText missing = Texts.text("mix.missing", year);
		boolean given = !mix.isEmpty();
		return InputSet.of(definition)
				.add("points", given ? Optional.of(new SourcedValue(BigDecimal.valueOf(points), source)) : Optional.empty(),
						missing)
				.add("beneficiaries", given ? Optional.of(new SourcedValue(BigDecimal.valueOf(beneficiaries), source))
						: Optional.empty(), missing)
				.quotient("points", "beneficiaries", BigDecimal.ONE);
	}
}
