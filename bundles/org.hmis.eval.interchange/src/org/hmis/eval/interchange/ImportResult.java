/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

import java.util.List;

import org.hmis.eval.model.Evaluation;

/**
 * A successful import: the evaluation and what was tolerated along the way (unknown columns...).
 *
 * @param evaluation the imported evaluation, not yet attached to any resource
 * @param warnings problems that did not stop the import
 */
public record ImportResult(Evaluation evaluation, List<ImportProblem> warnings) {

	public ImportResult {
		warnings = List.copyOf(warnings);
	}
}
