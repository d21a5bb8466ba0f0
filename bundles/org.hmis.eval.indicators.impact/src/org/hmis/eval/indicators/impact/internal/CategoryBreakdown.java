/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.impact.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hmis.eval.indicators.BreakdownEntry;
import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.PopulationGroup;
import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.sheets.registers.AccountingCalendar;
import org.hmis.eval.sheets.registers.RegisterCache;

/**
 * I.4: the share of each category (sex, age group or any other label) among the beneficiaries
 * minus its share in the population of the area of operations, in percentage points. A share is
 * taken within its dimension: male and female add up to 100 %, so do the four age groups, and so
 * do the other labels together. The breakdown gives every category's difference; the value is
 * the widest gap, with its sign.
 */
final class CategoryBreakdown {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private CategoryBreakdown() {
	}

	static IndicatorResult calculate(IndicatorDefinition definition, ComputationContext context) {
		int year = context.year();
		Map<String, BigDecimal> population = groups(context.rowsOfYear(AccountingYear::getPopulationGroups));
		Map<String, BigDecimal> beneficiaries = beneficiaries(context);
		LocalizedText beneficiarySource = Texts.text(RegisterCache.tables(context.evaluation()).beneficiaries().size() > 0 ? "breakdown.register"
						: "breakdown.beneficiaries", year);
		LocalizedText populationSource = Texts.text("breakdown.population", year);
		InputSet inputs = InputSet.of(definition);
		population.forEach((category, count) -> inputs.add("population " + category,
				Optional.of(new SourcedValue(count, populationSource)), ""));
		beneficiaries.forEach((category, count) -> inputs.add("beneficiaries " + category,
				Optional.of(new SourcedValue(count, beneficiarySource)), ""));
		if (population.isEmpty()) {
			inputs.add("population", Optional.empty(), Texts.text("breakdown.missingPopulation", year));
		}
		if (beneficiaries.isEmpty()) {
			inputs.add("beneficiaries", Optional.empty(), Texts.text("breakdown.missingBeneficiaries", year));
		}
		if (!inputs.isComplete()) {
			return inputs.missingResult();
		}
		List<BreakdownEntry> differences = new ArrayList<>();
		BigDecimal widest = null;
		for (String category : population.keySet()) {
			if (!beneficiaries.containsKey(category)) {
				continue;
			}
			Optional<BigDecimal> a = share(population, category);
			Optional<BigDecimal> b = share(beneficiaries, category);
			Optional<BigDecimal> difference = a.isPresent() && b.isPresent() ? Optional.of(b.get().subtract(a.get()))
					: Optional.empty();
			differences.add(new BreakdownEntry(category, difference));
			if (difference.isPresent() && (widest == null || difference.get().abs().compareTo(widest.abs()) > 0)) {
				widest = difference.get();
			}
		}
		if (widest == null) {
			return inputs.divide(BigDecimal.ZERO, BigDecimal.ZERO, Texts.text("breakdown.commonCategories", year), HUNDRED);
		}
		return inputs.result(widest).withBreakdown(differences);
	}

	private static Map<String, BigDecimal> groups(List<PopulationGroup> groups) {
		Map<String, BigDecimal> counts = new LinkedHashMap<>();
		for (PopulationGroup group : groups) {
			counts.put(group.getCategory(), BigDecimal.valueOf(group.getCount()));
		}
		return counts;
	}

	private static Map<String, BigDecimal> beneficiaries(ComputationContext context) {
		if (RegisterCache.tables(context.evaluation()).beneficiaries().size() > 0) {
			Map<String, BigDecimal> counts = new LinkedHashMap<>();
			RegisterCache.sheets(context.evaluation().getRegisters(),
					AccountingCalendar.of(context.evaluation().getScheme(), context.year()))
					.averageBeneficiariesByCategory().forEach((key, value) -> counts.put(category(key), value));
			return counts;
		}
		return groups(context.rowsOfYear(AccountingYear::getBeneficiaryGroups));
	}

	/** Register keys ("sex:F") in the categories of population_breakdown.csv ("female"). */
	private static String category(String key) {
		return switch (key) {
		case "sex:F" -> "female";
		case "sex:M" -> "male";
		default -> key;
		};
	}

	private static String dimension(String category) {
		if (category.equals("male") || category.equals("female") || category.startsWith("sex:")) {
			return "sex";
		}
		return category.startsWith("age_") ? "age" : "other";
	}

	/** @return the category's count over the total of its dimension, in percent */
	private static Optional<BigDecimal> share(Map<String, BigDecimal> counts, String category) {
		String dimension = dimension(category);
		BigDecimal total = counts.entrySet().stream().filter(entry -> dimension(entry.getKey()).equals(dimension))
				.map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
		return total.signum() == 0 ? Optional.empty()
				: Optional.of(counts.get(category).multiply(HUNDRED).divide(total, InputSet.PRECISION));
	}
}
