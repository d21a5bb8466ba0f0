/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.ProviderActivity;

/**
 * Reads {@code provider_activity.csv}, an extension of the interchange format (see
 * docs/interchange-extensions.md): what providers report of their whole activity by category.
 */
public final class ProviderActivityFile {

	public static final String NAME = "provider_activity.csv";

	private ProviderActivityFile() {
	}

	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		CsvTable.read(folder, NAME, Set.of("year", "provider", "category"),
				Set.of("services_dispensed", "non_beneficiary_services", "non_beneficiary_population", "average_copayment",
						"non_beneficiary_average_cost", "copayments_received", "total_income"),
				problems)
				.ifPresent(table -> readRows(table, evaluation));
	}

	private static void readRows(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			Optional<String> provider = row.requiredText("provider");
			Optional<String> category = row.requiredText("category");
			ProviderActivity activity = ModelFactory.eINSTANCE.createProviderActivity();
			row.count("services_dispensed", false).ifPresent(activity::setServicesDispensed);
			row.count("non_beneficiary_services", false).ifPresent(activity::setNonBeneficiaryServices);
			row.count("non_beneficiary_population", false).ifPresent(activity::setNonBeneficiaryPopulation);
			row.amount("average_copayment", false).ifPresent(activity::setAverageCopayment);
			row.amount("non_beneficiary_average_cost", false).ifPresent(activity::setNonBeneficiaryAverageCost);
			row.amount("copayments_received", false).ifPresent(activity::setCopaymentsReceived);
			row.amount("total_income", false).ifPresent(activity::setTotalIncome);
			if (year.isEmpty() || provider.isEmpty() || category.isEmpty()
					|| !DeclaredNameCheck.providerAndCategory(row, evaluation.getScheme(), provider.get(), category.get())
					|| !keys.isNew(row,
					"activity of " + provider.get() + " / " + category.get() + " for " + year.get(), year.get(),
					provider.get(), category.get())) {
				continue;
			}
			activity.setProvider(provider.get());
			activity.setCategory(category.get());
			YearIndex.yearOf(evaluation, year.get()).getProviderActivity().add(activity);
		}
	}
}
