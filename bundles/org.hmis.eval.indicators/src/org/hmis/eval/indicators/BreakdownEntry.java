/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The value of an indicator for one category, provider or group.
 *
 * @param key the category, provider or group
 * @param value the value, empty when it cannot be computed for this key
 */
public record BreakdownEntry(String key, Optional<BigDecimal> value) {
}
