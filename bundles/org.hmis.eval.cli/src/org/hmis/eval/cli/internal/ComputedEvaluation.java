/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.util.List;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.sheets.MonitoringSheets;

/**
 * The results of one {@code compute} run, ready to print.
 *
 * @param scheme the scheme's name
 * @param year the accounting year N
 * @param currency the scheme's currency, may be null
 * @param results every installed family's results, family by family
 * @param sheets the monitoring sheets (Tables 7 to 11) of year N
 */
record ComputedEvaluation(String scheme, int year, String currency, List<IndicatorResult> results,
		MonitoringSheets sheets) {
}
