/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.ClaimsListingEntry;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;

/** Reads {@code claims_listing.csv}: Table 8 as claims by provider, category and month. */
public final class ClaimsListingFile {

	public static final String NAME = "claims_listing.csv";

	private ClaimsListingFile() {
	}

	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		CsvTable.read(folder, NAME, Set.of("year", "month", "provider", "category", "count", "cost"), Set.of(),
				problems).ifPresent(table -> readRows(table, evaluation));
	}

	private static void readRows(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			Optional<Integer> month = row.integer("month", 1, 12, true);
			Optional<String> provider = row.requiredText("provider");
			Optional<String> category = row.requiredText("category");
			Optional<Long> count = row.count("count", true);
			Optional<BigDecimal> cost = row.amount("cost", true);
			if (year.isEmpty() || month.isEmpty() || provider.isEmpty() || category.isEmpty() || count.isEmpty()
					|| cost.isEmpty()
					|| !DeclaredNameCheck.providerAndCategory(row, evaluation.getScheme(), provider.get(), category.get())) {
				continue;
			}
			if (!keys.isNew(row, "cell " + provider.get() + " / " + category.get() + " / month " + month.get() + " of "
					+ year.get(), year.get(), month.get(), provider.get(), category.get())) {
				continue;
			}
			ClaimsListingEntry entry = ModelFactory.eINSTANCE.createClaimsListingEntry();
			entry.setMonth(month.get());
			entry.setProvider(provider.get());
			entry.setCategory(category.get());
			entry.setCount(count.get());
			entry.setCost(cost.get());
			YearIndex.yearOf(evaluation, year.get()).getClaimsListing().add(entry);
		}
	}
}
