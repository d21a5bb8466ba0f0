/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.scheme;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.BenefitPlan;
import org.hmis.eval.model.ClaimsListingEntry;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.Provider;
import org.hmis.eval.model.ProviderActivity;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.ServiceCategory;
import org.hmis.eval.model.reference.ReferenceLists;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.model.registers.TextDictionary;

/**
 * The providers, service categories and benefit plans a scheme declares, and whether the names the
 * claims, Table 8, provider activity and contracts use are among them. A scheme that declares none
 * of a kind accepts every name of that kind: the interchange format lets an evaluator give claims
 * without a list of providers, and an evaluation must stay usable while the lists are being built.
 */
public final class DeclaredNames {

	/** The provider or category name of the area-wide and all-category rows. */
	public static final String ALL = "ALL";

	private DeclaredNames() {
	}

	public static Optional<Provider> provider(Scheme scheme, String name) {
		return scheme.getProviders().stream().filter(p -> p.getName() != null && p.getName().equals(name)).findFirst();
	}

	public static boolean isKnownProvider(Scheme scheme, String name) {
		return ALL.equals(name) || scheme.getProviders().isEmpty() || provider(scheme, name).isPresent();
	}

	public static boolean isKnownCategory(Scheme scheme, String code) {
		return ALL.equals(code) || scheme.getServiceCategories().isEmpty()
				|| scheme.getServiceCategories().stream().anyMatch(c -> code.equals(c.getCode()));
	}

	/** @return false only when the provider declares the categories it offers and this is not one */
	public static boolean offers(Scheme scheme, String provider, String category) {
		return ALL.equals(category) || provider(scheme, provider)
				.map(p -> p.getOfferedCategories().isEmpty() || p.getOfferedCategories().contains(category)).orElse(true);
	}

	/** @return true for a contract without a plan, and for any plan when the scheme declares none */
	public static boolean isKnownPlan(Scheme scheme, String plan) {
		return plan == null || plan.isEmpty() || scheme.getBenefitPlans().isEmpty()
				|| scheme.getBenefitPlans().stream().anyMatch(p -> plan.equals(p.getCode()));
	}

	/**
	 * @return the label of a category: the scheme's own, else the reference label of one of the
	 *         guide's seven codes, else the code itself
	 */
	public static String categoryLabel(Scheme scheme, String code, Locale locale) {
		return scheme.getServiceCategories().stream().filter(c -> code.equals(c.getCode()) && c.getLabel() != null)
				.map(ServiceCategory::getLabel).findFirst()
				.or(() -> ReferenceLists.label(ReferenceLists.SERVICE_CATEGORIES, code, locale)).orElse(code);
	}

	/**
	 * Declares, for each kind the scheme has no list of, the names its data use: the providers and
	 * categories of claims, Table 8 and provider activity, and the plans of contracts. Called after an
	 * import so that an evaluation always lists them and later edits are checked against them.
	 */
	public static void declareNamesInUse(Evaluation evaluation) {
		Scheme scheme = evaluation.getScheme();
		Set<String> providers = new LinkedHashSet<>();
		Set<String> categories = new LinkedHashSet<>();
		Set<String> plans = new LinkedHashSet<>();
		collect(evaluation, providers, categories, plans);
		providers.remove(ALL);
		categories.remove(ALL);
		if (scheme.getProviders().isEmpty()) {
			for (String name : providers) {
				Provider provider = ModelFactory.eINSTANCE.createProvider();
				provider.setName(name);
				scheme.getProviders().add(provider);
			}
		}
		if (scheme.getServiceCategories().isEmpty()) {
			for (String code : categories) {
				ServiceCategory category = ModelFactory.eINSTANCE.createServiceCategory();
				category.setCode(code);
				scheme.getServiceCategories().add(category);
			}
		}
		if (scheme.getBenefitPlans().isEmpty()) {
			for (String code : plans) {
				BenefitPlan plan = ModelFactory.eINSTANCE.createBenefitPlan();
				plan.setCode(code);
				scheme.getBenefitPlans().add(plan);
			}
		}
	}

	private static void collect(Evaluation evaluation, Set<String> providers, Set<String> categories,
			Set<String> plans) {
		if (evaluation.getRegisters() != null && evaluation.getRegisters().getTables() != null) {
			RegisterTables tables = evaluation.getRegisters().getTables();
			addAll(tables.providers(), providers);
			addAll(tables.categories(), categories);
			addAll(tables.plans(), plans);
		}
		for (AccountingYear year : evaluation.getYears()) {
			for (ClaimsListingEntry entry : year.getClaimsListing()) {
				providers.add(entry.getProvider());
				categories.add(entry.getCategory());
			}
			for (ProviderActivity activity : year.getProviderActivity()) {
				providers.add(activity.getProvider());
				categories.add(activity.getCategory());
			}
		}
	}

	private static void addAll(TextDictionary names, Set<String> target) {
		for (int code = 0; code < names.size(); code++) {
			target.add(names.text(code));
		}
	}
}
