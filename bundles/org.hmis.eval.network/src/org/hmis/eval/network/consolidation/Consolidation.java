/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network.consolidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorRegistry;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.NotComputable;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.network.LoadedNetwork;
import org.hmis.eval.network.Organization;
import org.hmis.eval.sheets.BeneficiaryColumn;
import org.hmis.eval.sheets.ClaimsSheet;
import org.hmis.eval.sheets.MonitoringSheets;
import org.hmis.eval.sheets.YearSheets;

/**
 * Consolidates a network at every level and year. For each indicator of an organization, the
 * mutuals beneath it whose own inputs are present (their own result has a value, or a zero
 * denominator) are summed ({@link EvaluationSum}) and the indicator is computed on the sums by the
 * installed families, so that a ratio is always the sum of the numerators over the sum of the
 * denominators of the same mutuals, never an average of ratios. Indicators sharing the same mutuals
 * share one summed evaluation. Each result names the mutuals it covers and those that lacked the
 * inputs; what cannot be summed is said so ({@link NonAdditive}), and so are amounts when the
 * members keep their accounts in different currencies (counts still add up).
 */
public final class Consolidation {

	private final LoadedNetwork network;
	private final IndicatorRegistry registry;
	private final NonAdditive nonAdditive = new NonAdditive();
	private final Map<String, Map<String, IndicatorResult>> memberResults = new HashMap<>();

	public Consolidation(LoadedNetwork network, IndicatorRegistry registry) {
		this.network = network;
		this.registry = registry;
	}

	/** @return every organization in the network in year N (of one level when given), in file order */
	public List<ConsolidatedOrganization> at(int year, Optional<String> level) {
		return network.network().activeIn(year).stream()
				.filter(organization -> level.isEmpty() || level.get().equals(organization.level()))
				.map(organization -> of(organization, year)).toList();
	}

	/** @return the organization's figures for year N */
	public ConsolidatedOrganization of(Organization organization, int year) {
		List<String> mutuals = network.network().mutualsUnder(organization.id(), year);
		List<String> withData = mutuals.stream().filter(id -> hasData(id, year)).toList();
		List<String> without = mutuals.stream().filter(id -> !withData.contains(id)).toList();
		if (organization.isMutual()) {
			return own(organization, year, withData, without);
		}
		List<Evaluation> evaluations = evaluations(withData);
		Set<Integer> years = Set.of(year, year - 1, year - 2);
		Evaluation all = EvaluationSum.of(organization.name(), evaluations, years);
		List<IndicatorResult> allResults = registry.computeAll(new ComputationContext(all, year));
		MonitoringSheets sheets = YearSheets.of(all, year);
		// Null when the members keep different currencies (EvaluationSum keeps only what they share).
		String currency = all.getScheme().getCurrency();
		List<ConsolidatedResult> results = new ArrayList<>();
		boolean mixed = EvaluationSum.mixesCurrencies(evaluations);
		LocalizedText currencies = NonAdditive.TEXTS.text("currencies", EvaluationSum.currencies(evaluations));
		if (mixed) {
			// Counts still add up (Table 7); claims costs do not, so Tables 8 to 11 are left out.
			sheets = new MonitoringSheets(sheets.beneficiaries(), new ClaimsSheet(List.of()));
		}
		Map<List<String>, Map<String, IndicatorResult>> bySubset = new HashMap<>();
		for (IndicatorResult result : allResults) {
			String code = result.code();
			List<String> present = withData.stream().filter(id -> hasInputs(id, year, code)).toList();
			List<String> missing = mutuals.stream().filter(id -> !present.contains(id)).toList();
			boolean registers = present.stream().anyMatch(id -> keepsRegisters(network.evaluation(id).orElseThrow()));
			Optional<LocalizedText> notAdditive = nonAdditive.reason(code, registers);
			IndicatorResult consolidated;
			if (notAdditive.isPresent()) {
				consolidated = notApplicable(result, notAdditive.get());
			} else if (mixed && !nonAdditive.isCurrencyFree(code)) {
				consolidated = notApplicable(result, currencies);
			} else if (present.isEmpty()) {
				consolidated = result.isComputable()
						? notApplicable(result, NonAdditive.TEXTS.text("noMember", String.valueOf(year)))
						: result;
			} else if (present.equals(withData)) {
				consolidated = result;
			} else {
				consolidated = bySubset.computeIfAbsent(present, subset -> compute(organization, subset, years, year))
						.get(code);
			}
			results.add(new ConsolidatedResult(consolidated, present, missing));
		}
		return new ConsolidatedOrganization(organization, year, currency, withData, without, results, sheets);
	}

	private ConsolidatedOrganization own(Organization mutual, int year, List<String> withData, List<String> without) {
		Evaluation evaluation = network.evaluation(mutual.id()).orElseThrow();
		List<ConsolidatedResult> results = new ArrayList<>();
		for (IndicatorResult result : results(mutual.id(), year).values()) {
			boolean present = counts(result);
			results.add(new ConsolidatedResult(result, present ? List.of(mutual.id()) : List.of(),
					present ? List.of() : List.of(mutual.id())));
		}
		Scheme scheme = evaluation.getScheme();
		return new ConsolidatedOrganization(mutual, year, scheme == null ? null : scheme.getCurrency(), withData,
				without, results, YearSheets.of(evaluation, year));
	}

	private Map<String, IndicatorResult> compute(Organization organization, List<String> subset, Set<Integer> years,
			int year) {
		Evaluation sum = EvaluationSum.of(organization.name(), evaluations(subset), years);
		return byCode(registry.computeAll(new ComputationContext(sum, year)));
	}

	private List<Evaluation> evaluations(List<String> ids) {
		return ids.stream().map(id -> network.evaluation(id).orElseThrow()).toList();
	}

	/** @return the mutual's own results for the year, computed once */
	private Map<String, IndicatorResult> results(String mutual, int year) {
		return memberResults.computeIfAbsent(mutual + "@" + year, key -> byCode(
				registry.computeAll(new ComputationContext(network.evaluation(mutual).orElseThrow(), year))));
	}

	private boolean hasInputs(String mutual, int year, String code) {
		IndicatorResult own = results(mutual, year).get(code);
		return own != null && counts(own);
	}

	/** A zero denominator is a figure: the mutual's inputs are there and add to the sums. */
	private static boolean counts(IndicatorResult result) {
		return result.isComputable()
				|| result.reason().map(reason -> reason.kind() == NotComputable.Kind.ZERO_DENOMINATOR).orElse(false);
	}

	/** @return true when the mutual has anything for the year: an accounting year or register-derived sheets */
	private boolean hasData(String mutual, int year) {
		Optional<Evaluation> evaluation = network.evaluation(mutual);
		if (evaluation.isEmpty()) {
			return false;
		}
		if (evaluation.get().getYears().stream().anyMatch(candidate -> candidate.getYear() == year)) {
			return true;
		}
		if (!keepsRegisters(evaluation.get())) {
			return false;
		}
		MonitoringSheets sheets = YearSheets.of(evaluation.get(), year);
		return !sheets.claims().providers().isEmpty() || sheets.beneficiaries().annualAverage(
				BeneficiaryColumn.X).isPresent();
	}

	private static boolean keepsRegisters(Evaluation evaluation) {
		return evaluation.getRegisters() != null && evaluation.getRegisters().getTables() != null
				&& !evaluation.getRegisters().getTables().isEmpty();
	}

	private static IndicatorResult notApplicable(IndicatorResult result, LocalizedText reason) {
		return IndicatorResult.notComputable(result.definition(), NotComputable.notApplicable(reason), List.of());
	}

	private static Map<String, IndicatorResult> byCode(List<IndicatorResult> results) {
		Map<String, IndicatorResult> byCode = new LinkedHashMap<>();
		results.forEach(result -> byCode.put(result.code(), result));
		return byCode;
	}
}
