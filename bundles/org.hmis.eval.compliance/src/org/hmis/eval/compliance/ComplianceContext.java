/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.IndicatorServices;
import org.hmis.eval.model.Evaluation;

/**
 * What rules are checked against: one evaluation and year, its indicators (computed once for all
 * rules), the kind of organization when it is known, and the thresholds the authority set.
 *
 * @param evaluation the evaluation
 * @param year the accounting year
 * @param indicators the results of every installed indicator family for that year
 * @param kind mutual, union, federation... (a network says it; a lone evaluation does not)
 * @param thresholds the authority's parameter file; {@link Thresholds#NONE} to use the packs' own values
 */
public record ComplianceContext(Evaluation evaluation, int year, List<IndicatorResult> indicators, Optional<String> kind,
		Thresholds thresholds) {

	public ComplianceContext {
		Objects.requireNonNull(evaluation, "evaluation");
		indicators = List.copyOf(indicators);
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(thresholds, "thresholds");
	}

	/** @return a context whose indicators come from the installed families (the OSGi registry) */
	public static ComplianceContext of(Evaluation evaluation, int year, Thresholds thresholds) {
		return new ComplianceContext(evaluation, year,
				IndicatorServices.registry().computeAll(new ComputationContext(evaluation, year)), Optional.empty(),
				thresholds);
	}

	/** @return the scheme's country as an ISO code; empty when not given or not recognized */
	public Optional<String> country() {
		return evaluation.getScheme() == null ? Optional.empty() : Countries.code(evaluation.getScheme().getCountry());
	}

	/** @return the scheme's country as entered, or "" */
	public String countryAsEntered() {
		return evaluation.getScheme() == null || evaluation.getScheme().getCountry() == null ? ""
				: evaluation.getScheme().getCountry().strip();
	}
}
