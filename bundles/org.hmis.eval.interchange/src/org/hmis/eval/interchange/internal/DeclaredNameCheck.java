/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.util.List;

import org.hmis.eval.interchange.format.Column;
import org.hmis.eval.interchange.format.InterchangeFormat;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.scheme.DeclaredNames;

/**
 * The check of the names a row uses against the scheme's declared lists (providers.csv,
 * service_categories.csv): a list that was not given accepts every name.
 */
final class DeclaredNameCheck {

	private DeclaredNameCheck() {
	}

	/** @return true when the row's provider and category are known and the provider offers it */
	static boolean providerAndCategory(CsvRow row, Column providerColumn, Column categoryColumn, Scheme scheme,
			String provider, String category) {
		boolean known = true;
		String providers = InterchangeFormat.PROVIDERS.name();
		if (!DeclaredNames.isKnownProvider(scheme, provider)) {
			row.error(providerColumn, row.message("rule.provider", provider, providers));
			known = false;
		}
		known &= categories(row, categoryColumn, scheme, List.of(category));
		if (known && !DeclaredNames.offers(scheme, provider, category)) {
			row.error(providerColumn, row.message("rule.offers", provider, category, providers));
			known = false;
		}
		return known;
	}

	/** @param column the column that lists the categories, where a problem is reported */
	static boolean categories(CsvRow row, Column column, Scheme scheme, List<String> categories) {
		boolean known = true;
		for (String category : categories) {
			if (!DeclaredNames.isKnownCategory(scheme, category)) {
				row.error(column, row.message("rule.category", category, InterchangeFormat.SERVICE_CATEGORIES.name()));
				known = false;
			}
		}
		return known;
	}
}
