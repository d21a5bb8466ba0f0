/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.util.List;
import java.util.Locale;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.network.consolidation.ConsolidatedOrganization;
import org.hmis.eval.network.consolidation.ConsolidatedResult;

/**
 * Writes {@code consolidate} as CSV: one row per organization and indicator, the columns of
 * {@code compute --format csv} after the organization's id and level, then the mutuals covered and
 * missing (ids separated by {@code ;}) and their counts ("12 of 14").
 */
final class ConsolidationCsv {

	private ConsolidationCsv() {
	}

	static String of(List<ConsolidatedOrganization> organizations) {
		StringBuilder csv = new StringBuilder("organization,level,scheme,year,code,family,title,computable,value,unit,"
				+ "formula,inputs,reason,members,missing,covered,of\n");
		for (ConsolidatedOrganization organization : organizations) {
			for (ConsolidatedResult consolidated : organization.results()) {
				IndicatorResult result = consolidated.result();
				csv.append(String.join(",", ResultsCsv.quote(organization.organization().id()),
						ResultsCsv.quote(organization.organization().level()),
						ResultsCsv.quote(organization.organization().name()), String.valueOf(organization.year()),
						ResultsCsv.quote(result.code()), ResultsCsv.quote(result.definition().family()),
						ResultsCsv.quote(result.definition().title(Locale.ENGLISH)),
						String.valueOf(result.isComputable()), result.value().map(v -> v.toPlainString()).orElse(""),
						ResultsCsv.quote(result.definition().unit().symbol()),
						ResultsCsv.quote(result.definition().formula()), ResultsCsv.quote(ResultsCsv.inputs(result)),
						ResultsCsv.quote(result.reason().map(r -> r.message()).orElse("")),
						ResultsCsv.quote(String.join(";", consolidated.members())),
						ResultsCsv.quote(String.join(";", consolidated.missing())),
						String.valueOf(consolidated.members().size()), String.valueOf(consolidated.total())))
						.append('\n');
			}
		}
		return csv.toString();
	}
}
