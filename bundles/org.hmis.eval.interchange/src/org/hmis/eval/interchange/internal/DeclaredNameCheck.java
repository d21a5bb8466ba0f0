/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.util.List;

import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.scheme.DeclaredNames;

/**
 * Refuses a row whose provider or category the scheme does not declare (when it declares
 * any, see {@link DeclaredNames}), naming the file of the list so that the evaluator knows where
 * to add it.
 */
final class DeclaredNameCheck {

	private DeclaredNameCheck() {
	}

	/** @return true when the row's provider and category are known and the provider offers it */
	static boolean providerAndCategory(CsvRow row, Scheme scheme, String provider, String category) {
		boolean known = true;
		if (!DeclaredNames.isKnownProvider(scheme, provider)) {
			row.error("provider", "unknown provider: '" + provider + "' is not in " + SchemeListFiles.PROVIDERS);
			known = false;
		}
		known &= categories(row, "category", scheme, List.of(category));
		if (known && !DeclaredNames.offers(scheme, provider, category)) {
			row.error("provider", "provider '" + provider + "' does not offer category '" + category + "' ("
					+ SchemeListFiles.PROVIDERS + ")");
			known = false;
		}
		return known;
	}

	/** @param column the column that lists the categories, where a problem is reported */
	static boolean categories(CsvRow row, String column, Scheme scheme, List<String> categories) {
		boolean known = true;
		for (String category : categories) {
			if (!DeclaredNames.isKnownCategory(scheme, category)) {
				row.error(column, "unknown category: '" + category + "' is not in " + SchemeListFiles.CATEGORIES);
				known = false;
			}
		}
		return known;
	}
}
