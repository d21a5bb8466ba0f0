/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One month of Table 7 (monitoring of beneficiaries). Each column is optional: a sheet may give
 * members (X) without beneficiaries (Y), or leave out the membership-type split (Z1 to Z3).
 *
 * @param month the month of the accounting year, 1 to 12
 * @param values the values given, by column
 */
public record BeneficiaryMonth(int month, Map<BeneficiaryColumn, Long> values) {

	public BeneficiaryMonth {
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("month must be 1 to 12: " + month);
		}
		values = Map.copyOf(Objects.requireNonNull(values, "values"));
	}

	/** @return the value of a column, empty when the sheet does not give it */
	public OptionalLong value(BeneficiaryColumn column) {
		Long value = values.get(column);
		return value == null ? OptionalLong.empty() : OptionalLong.of(value);
	}
}
