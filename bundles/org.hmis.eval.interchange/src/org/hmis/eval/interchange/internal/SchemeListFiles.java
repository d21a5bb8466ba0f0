/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.BenefitPlan;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.Provider;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.ServiceCategory;

/**
 * Reads the scheme's lists (an extension of the interchange format, docs/interchange-extensions.md):
 * {@code service_categories.csv}, {@code providers.csv} and {@code benefit_plans.csv}. They are read
 * before the claims, Table 8 and contracts, whose rows are then checked against them
 * ({@link DeclaredNameCheck}); the categories a provider offers or a plan covers must themselves be
 * declared categories.
 */
public final class SchemeListFiles {

	public static final String CATEGORIES = "service_categories.csv";
	public static final String PROVIDERS = "providers.csv";
	public static final String PLANS = "benefit_plans.csv";

	private SchemeListFiles() {
	}

	public static void read(Path folder, Scheme scheme, ProblemCollector problems) {
		CsvTable.read(folder, CATEGORIES, Set.of("category"), Set.of("label"), problems)
				.ifPresent(table -> readCategories(table, scheme));
		CsvTable.read(folder, PROVIDERS, Set.of("provider"), Set.of("kind", "categories", "contracted", "remark"),
				problems).ifPresent(table -> readProviders(table, scheme));
		CsvTable.read(folder, PLANS, Set.of("plan"), Set.of("label", "premium", "categories", "remark"), problems)
				.ifPresent(table -> readPlans(table, scheme));
	}

	private static void readCategories(CsvTable table, Scheme scheme) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<String> code = row.requiredText("category");
			if (code.isEmpty() || !keys.isNew(row, "category " + code.get(), code.get())) {
				continue;
			}
			ServiceCategory category = ModelFactory.eINSTANCE.createServiceCategory();
			category.setCode(code.get());
			row.text("label").ifPresent(category::setLabel);
			scheme.getServiceCategories().add(category);
		}
	}

	private static void readProviders(CsvTable table, Scheme scheme) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<String> name = row.requiredText("provider");
			Optional<Boolean> contracted = row.yesNo("contracted", true);
			boolean categoriesKnown = DeclaredNameCheck.categories(row, "categories", scheme, row.codes("categories"));
			if (name.isEmpty() || contracted.isEmpty() || !categoriesKnown
					|| !keys.isNew(row, "provider " + name.get(), name.get())) {
				continue;
			}
			Provider provider = ModelFactory.eINSTANCE.createProvider();
			provider.setName(name.get());
			row.text("kind").ifPresent(provider::setKind);
			provider.getOfferedCategories().addAll(row.codes("categories"));
			provider.setContracted(contracted.get());
			row.text("remark").ifPresent(provider::setRemark);
			scheme.getProviders().add(provider);
		}
	}

	private static void readPlans(CsvTable table, Scheme scheme) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<String> code = row.requiredText("plan");
			BenefitPlan plan = ModelFactory.eINSTANCE.createBenefitPlan();
			row.text("label").ifPresent(plan::setLabel);
			boolean premiumValid = row.text("premium").isEmpty() || row.amount("premium", false).map(premium -> {
				plan.setPremium(premium);
				return true;
			}).orElse(false);
			boolean categoriesKnown = DeclaredNameCheck.categories(row, "categories", scheme, row.codes("categories"));
			if (code.isEmpty() || !premiumValid || !categoriesKnown
					|| !keys.isNew(row, "benefit plan " + code.get(), code.get())) {
				continue;
			}
			plan.setCode(code.get());
			plan.getCoveredCategories().addAll(row.codes("categories"));
			row.text("remark").ifPresent(plan::setRemark);
			scheme.getBenefitPlans().add(plan);
		}
	}
}
