/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network.consolidation;

import java.util.List;

import org.hmis.eval.network.Organization;
import org.hmis.eval.sheets.MonitoringSheets;

/**
 * The figures of one organization of a network for one year: for a mutual, its own evaluation; for
 * any other level, the consolidation of the mutuals beneath it.
 *
 * @param organization the organization
 * @param year the accounting year N
 * @param currency the currency its members share; null when they have none or differ
 * @param members the ids of the mutuals beneath it that have data for year N
 * @param missing the ids of the mutuals beneath it without data for year N
 * @param results every installed indicator, each with the mutuals it covers
 * @param sheets Tables 7 to 11 of year N, summed over {@code members} when each has them
 */
public record ConsolidatedOrganization(Organization organization, int year, String currency, List<String> members,
		List<String> missing, List<ConsolidatedResult> results, MonitoringSheets sheets) {

	public ConsolidatedOrganization {
		members = List.copyOf(members);
		missing = List.copyOf(missing);
		results = List.copyOf(results);
	}
}
