/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets;

/**
 * A row of Tables 8, 10 and 11: a provider and a category, either of which may be {@link #ALL}.
 *
 * @param provider a provider's name or ALL
 * @param category a category's code or ALL
 */
public record SheetRowKey(String provider, String category) {

	/** Stands for every provider or every category. */
	public static final String ALL = "ALL";

	boolean matches(ClaimsEntry entry) {
		return (ALL.equals(provider) || provider.equals(entry.provider()))
				&& (ALL.equals(category) || category.equals(entry.category()));
	}
}
