/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network.consolidation;

import java.util.List;

import org.hmis.eval.indicators.IndicatorResult;

/**
 * One indicator of a consolidated organization, with the mutuals it covers: computed from the sums
 * over {@code members} only, so that a numerator and its denominator always cover the same mutuals.
 *
 * @param result the indicator's value or why there is none
 * @param members the ids of the mutuals whose inputs were present (and summed), in network order
 * @param missing the ids of the mutuals beneath the organization that lacked them
 */
public record ConsolidatedResult(IndicatorResult result, List<String> members, List<String> missing) {

	public ConsolidatedResult {
		members = List.copyOf(members);
		missing = List.copyOf(missing);
	}

	/** @return how many mutuals beneath the organization the indicator concerns: "12 of 14 mutuals" is members of total */
	public int total() {
		return members.size() + missing.size();
	}
}
