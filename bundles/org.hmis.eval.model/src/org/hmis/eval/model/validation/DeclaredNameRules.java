/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.BenefitPlan;
import org.hmis.eval.model.ClaimsListingEntry;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.Provider;
import org.hmis.eval.model.ProviderActivity;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.ServiceCategory;
import org.hmis.eval.model.scheme.DeclaredNames;

/**
 * Every provider and category known: the providers and categories named by Table 8 and provider
 * activity must be among those the scheme declares (when it declares any), and a provider that
 * lists the categories it offers must not have claims in another. The declared lists themselves
 * name each entry once. The claims and contracts registers are checked by {@link RegisterRules}.
 */
final class DeclaredNameRules {

	private final Scheme scheme;
	private final DiagnosticChain chain;
	private final RuleMessages messages;
	private boolean valid = true;

	private DeclaredNameRules(Scheme scheme, DiagnosticChain chain, RuleMessages messages) {
		this.scheme = scheme;
		this.chain = chain;
		this.messages = messages;
	}

	static boolean validate(Evaluation evaluation, DiagnosticChain chain, RuleMessages messages) {
		if (evaluation.getScheme() == null) {
			return true;
		}
		DeclaredNameRules rules = new DeclaredNameRules(evaluation.getScheme(), chain, messages);
		rules.declaredLists();
		for (AccountingYear year : evaluation.getYears()) {
			for (ClaimsListingEntry entry : year.getClaimsListing()) {
				rules.use(entry, messages.get("table8.cell", year.getYear(), entry.getMonth()), entry.getProvider(),
						entry.getCategory());
			}
			for (ProviderActivity activity : year.getProviderActivity()) {
				rules.use(activity, messages.get("activity.row", year.getYear()), activity.getProvider(),
						activity.getCategory());
			}
		}
		return rules.valid;
	}

	private void declaredLists() {
		declaredOnce(scheme.getProviders(), Provider::getName, "provider");
		declaredOnce(scheme.getServiceCategories(), ServiceCategory::getCode, "category");
		declaredOnce(scheme.getBenefitPlans(), BenefitPlan::getCode, "plan");
		for (Provider provider : scheme.getProviders()) {
			for (String category : provider.getOfferedCategories()) {
				if (!DeclaredNames.isKnownCategory(scheme, category)) {
					error(provider, "provider.offers.unknown", provider.getName(), category);
				}
			}
		}
		for (BenefitPlan plan : scheme.getBenefitPlans()) {
			for (String category : plan.getCoveredCategories()) {
				if (!DeclaredNames.isKnownCategory(scheme, category)) {
					error(plan, "plan.covers.unknown", plan.getCode(), category);
				}
			}
		}
	}

	/** @param kind {@code provider}, {@code category} or {@code plan}, the suffix of the message keys */
	private <T extends EObject> void declaredOnce(List<T> declared, Function<T, String> name, String kind) {
		Set<String> seen = new HashSet<>();
		for (T entry : declared) {
			String value = name.apply(entry);
			if (value == null || value.isBlank()) {
				error(entry, "unnamed." + kind);
			} else if (!seen.add(value)) {
				error(entry, "twice." + kind, value);
			}
		}
	}

	private void use(EObject object, String what, String provider, String category) {
		if (provider != null && !DeclaredNames.isKnownProvider(scheme, provider)) {
			error(object, "provider.unknown", what, provider);
		}
		if (category != null && !DeclaredNames.isKnownCategory(scheme, category)) {
			error(object, "category.unknown", what, category);
		} else if (provider != null && category != null && !DeclaredNames.offers(scheme, provider, category)) {
			error(object, "not.offered", what, provider, category);
		}
	}

	private void error(EObject object, String key, Object... arguments) {
		valid = false;
		if (chain != null) {
			chain.add(new BasicDiagnostic(Diagnostic.ERROR, EvaluationRules.SOURCE, 0, messages.get(key, arguments),
					new Object[] { object }));
		}
	}
}
