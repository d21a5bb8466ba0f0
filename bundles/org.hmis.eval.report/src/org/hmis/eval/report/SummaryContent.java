/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.report;

import java.util.List;

import org.hmis.eval.indicators.IndicatorResult;

/**
 * What the evaluation summary shows.
 *
 * @param schemeName the evaluated scheme
 * @param year the accounting year N
 * @param currency the scheme's currency, for amounts
 * @param results the indicator results, in display order
 */
public record SummaryContent(String schemeName, int year, String currency, List<IndicatorResult> results) {

	public SummaryContent {
		results = List.copyOf(results);
	}
}
