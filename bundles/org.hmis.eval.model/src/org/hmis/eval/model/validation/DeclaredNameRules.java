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
import org.hmis.eval.model.Claim;
import org.hmis.eval.model.ClaimsListingEntry;
import org.hmis.eval.model.Contract;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.Provider;
import org.hmis.eval.model.ProviderActivity;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.ServiceCategory;
import org.hmis.eval.model.scheme.DeclaredNames;

/**
 * Every claim's provider and category known: the providers and categories named by the claims
 * register, Table 8 and provider activity, and the plans named by contracts, must be among those
 * the scheme declares (when it declares any), and a provider that lists the categories it offers
 * must not have claims in another. The declared lists themselves name each entry once.
 */
final class DeclaredNameRules {

	private final Scheme scheme;
	private final DiagnosticChain chain;
	private boolean valid = true;

	private DeclaredNameRules(Scheme scheme, DiagnosticChain chain) {
		this.scheme = scheme;
		this.chain = chain;
	}

	static boolean validate(Evaluation evaluation, DiagnosticChain chain) {
		if (evaluation.getScheme() == null) {
			return true;
		}
		DeclaredNameRules rules = new DeclaredNameRules(evaluation.getScheme(), chain);
		rules.declaredOnce(rules.scheme.getProviders(), Provider::getName, "provider");
		rules.declaredOnce(rules.scheme.getServiceCategories(), ServiceCategory::getCode, "service category");
		rules.declaredOnce(rules.scheme.getBenefitPlans(), BenefitPlan::getCode, "benefit plan");
		for (Provider provider : rules.scheme.getProviders()) {
			for (String category : provider.getOfferedCategories()) {
				rules.category(provider, "provider " + provider.getName() + " offers", category);
			}
		}
		for (BenefitPlan plan : rules.scheme.getBenefitPlans()) {
			for (String category : plan.getCoveredCategories()) {
				rules.category(plan, "benefit plan " + plan.getCode() + " covers", category);
			}
		}
		if (evaluation.getRegisters() != null) {
			for (Claim claim : evaluation.getRegisters().getClaims()) {
				rules.use(claim, "claim " + claim.getClaimId(), claim.getProvider(), claim.getCategory());
			}
			for (Contract contract : evaluation.getRegisters().getContracts()) {
				if (!DeclaredNames.isKnownPlan(rules.scheme, contract.getPlan())) {
					rules.error(contract, "the contract of member " + contract.getMemberId() + " starting "
							+ contract.getStartDate() + " names the benefit plan " + contract.getPlan()
							+ ", which the scheme does not declare");
				}
			}
		}
		for (AccountingYear year : evaluation.getYears()) {
			for (ClaimsListingEntry entry : year.getClaimsListing()) {
				rules.use(entry, year.getYear() + ": Table 8, month " + entry.getMonth(), entry.getProvider(),
						entry.getCategory());
			}
			for (ProviderActivity activity : year.getProviderActivity()) {
				rules.use(activity, year.getYear() + ": provider activity", activity.getProvider(), activity.getCategory());
			}
		}
		return rules.valid;
	}

	private <T extends EObject> void declaredOnce(List<T> declared, Function<T, String> name, String kind) {
		Set<String> seen = new HashSet<>();
		for (T entry : declared) {
			String value = name.apply(entry);
			if (value == null || value.isBlank()) {
				error(entry, "a " + kind + " of the scheme has no name");
			} else if (!seen.add(value)) {
				error(entry, "the scheme declares the " + kind + " " + value + " twice");
			}
		}
	}

	private void use(EObject object, String what, String provider, String category) {
		if (provider != null && !DeclaredNames.isKnownProvider(scheme, provider)) {
			error(object, what + ": the provider " + provider + " is not one of the scheme's providers");
		}
		boolean knownCategory = category(object, what + " is in", category);
		if (knownCategory && provider != null && category != null && !DeclaredNames.offers(scheme, provider, category)) {
			error(object, what + ": " + provider + " does not offer the category " + category);
		}
	}

	private boolean category(EObject object, String what, String category) {
		if (category != null && !DeclaredNames.isKnownCategory(scheme, category)) {
			error(object, what + " the category " + category + ", which is not one of the scheme's service categories");
			return false;
		}
		return true;
	}

	private void error(EObject object, String message) {
		valid = false;
		if (chain != null) {
			chain.add(new BasicDiagnostic(Diagnostic.ERROR, EvaluationRules.SOURCE, 0, message, new Object[] { object }));
		}
	}
}
