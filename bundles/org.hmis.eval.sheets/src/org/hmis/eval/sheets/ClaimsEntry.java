/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell of Table 8: the claims a provider made in a service category during a month. A row
 * with zero claims still says that the provider offers the service.
 *
 * @param month 1 to 12
 * @param provider the provider's name
 * @param category the service category's code
 * @param count the number of claims
 * @param cost their cost to the scheme
 */
public record ClaimsEntry(int month, String provider, String category, long count, BigDecimal cost) {

	public ClaimsEntry {
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("month must be 1 to 12: " + month);
		}
		Objects.requireNonNull(provider, "provider");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(cost, "cost");
		if (count < 0 || cost.signum() < 0) {
			throw new IllegalArgumentException("claims and costs cannot be negative");
		}
	}
}
