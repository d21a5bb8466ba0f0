/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.report;

import java.util.List;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.model.Evaluation;

/**
 * What the evaluation dossier shows: the evaluation's data for year N and its indicators.
 *
 * @param evaluation the evaluation (read only)
 * @param year the accounting year N
 * @param results the indicator results for year N, family by family
 */
public record DossierContent(Evaluation evaluation, int year, List<IndicatorResult> results) {

	public DossierContent {
		results = List.copyOf(results);
	}
}
