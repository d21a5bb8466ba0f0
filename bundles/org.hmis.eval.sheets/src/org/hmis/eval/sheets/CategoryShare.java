/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One row of Table 9 (structure of claims): a category's claims and cost, and their shares of the
 * year's totals in percent (empty when the total is zero).
 */
public record CategoryShare(String category, long count, Optional<BigDecimal> countShare, BigDecimal cost,
		Optional<BigDecimal> costShare) {
}
