/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.util.List;

/**
 * The rules of one pack checked against one evaluation and year.
 *
 * @param pack the pack
 * @param results one result per rule that applies (or whose scope could not be decided), in the pack's order
 * @param notApplicable the rules outside their scope (another country, year or kind, a condition not met)
 */
public record PackResult(RulePack pack, List<RuleResult> results, List<ComplianceRule> notApplicable) {

	public PackResult {
		results = List.copyOf(results);
		notApplicable = List.copyOf(notApplicable);
	}

	/** @return how many results have the outcome */
	public long count(Outcome outcome) {
		return results.stream().filter(r -> r.outcome() == outcome).count();
	}
}
