/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.model.text.LocalizedText;

/**
 * Checks the rules of a pack against a context: first the scope (country, kind, years, condition),
 * then the test. A rule is not evaluable, with the reason, when a figure it needs is missing (as
 * its strategy says), a threshold is not set, an entry cannot be read, or its scope cannot be decided.
 */
public final class ComplianceChecker {

	private final ComplianceContext context;

	public ComplianceChecker(ComplianceContext context) {
		this.context = context;
	}

	public PackResult check(RulePack pack) {
		Thresholds thresholds = pack.defaultThresholds().overriddenBy(context.thresholds());
		Operands operands = new PackOperands(pack, thresholds);
		List<RuleResult> results = new ArrayList<>();
		List<ComplianceRule> notApplicable = new ArrayList<>();
		for (ComplianceRule rule : pack.rules()) {
			Optional<LocalizedText> undecided = undecidedScope(rule, operands);
			if (undecided.isPresent()) {
				results.add(RuleResult.notEvaluable(rule, List.of(), undecided.get()));
			} else if (!applies(rule, operands)) {
				notApplicable.add(rule);
			} else {
				results.add(test(rule, operands));
			}
		}
		return new PackResult(pack, results, notApplicable);
	}

	/** @return why it cannot be told whether the rule applies; empty when it can */
	private Optional<LocalizedText> undecidedScope(ComplianceRule rule, Operands operands) {
		Scope scope = rule.scope();
		if (!scope.coversYear(context.year())) {
			return Optional.empty();
		}
		if (!scope.countries().isEmpty() && context.country().isEmpty()) {
			return Optional.of(context.countryAsEntered().isEmpty() ? ComplianceTexts.text("reason.countryUnknown")
					: ComplianceTexts.text("reason.countryNotRecognized", context.countryAsEntered()));
		}
		if (!scope.kinds().isEmpty() && context.kind().isEmpty()) {
			return Optional.of(ComplianceTexts.text("reason.kindUnknown"));
		}
		if (scope.when().isPresent() && inScope(rule) ) {
			// A scope condition reads a figure the evaluation lacks as none (no accessory income
			// entered: no accessory activity); only an unset threshold leaves it undecided.
			Condition when = scope.when().get();
			List<Operand> read = new ArrayList<>();
			Evaluated left = when.left().evaluate(operands, MissingValueStrategy.NEVER_SKIP, read);
			Evaluated right = when.right().evaluate(operands, MissingValueStrategy.NEVER_SKIP, read);
			Evaluated failed = left.value().isEmpty() ? left : right.value().isEmpty() ? right : null;
			if (failed != null) {
				return Optional.of(ComplianceTexts.text("reason.scope", reason(failed)));
			}
		}
		return Optional.empty();
	}

	private boolean inScope(ComplianceRule rule) {
		Scope scope = rule.scope();
		return (scope.countries().isEmpty() || scope.countries().contains(context.country().orElse("")))
				&& (scope.kinds().isEmpty() || scope.kinds().contains(context.kind().orElse("")));
	}

	private boolean applies(ComplianceRule rule, Operands operands) {
		Scope scope = rule.scope();
		if (!scope.coversYear(context.year()) || !inScope(rule)) {
			return false;
		}
		if (scope.when().isEmpty()) {
			return true;
		}
		Condition when = scope.when().get();
		List<Operand> read = new ArrayList<>();
		BigDecimal left = when.left().evaluate(operands, MissingValueStrategy.NEVER_SKIP, read).value().orElseThrow();
		BigDecimal right = when.right().evaluate(operands, MissingValueStrategy.NEVER_SKIP, read).value().orElseThrow();
		return when.operator().holds(left, right);
	}

	private RuleResult test(ComplianceRule rule, Operands operands) {
		Condition test = rule.test();
		Map<Term, Operand> read = new LinkedHashMap<>();
		for (Term term : test.terms()) {
			read.computeIfAbsent(term, operands::resolve);
		}
		List<Operand> values = List.copyOf(read.values());
		if (rule.strategy() == MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING) {
			List<Operand> figures = values.stream().filter(o -> !o.term().isThreshold()).toList();
			if (!figures.isEmpty() && figures.stream().allMatch(o -> o.value().isEmpty())) {
				return RuleResult.notEvaluable(rule, values, operandReason(figures.get(0)));
			}
		}
		Operands cached = read::get;
		List<Operand> ignored = new ArrayList<>();
		Evaluated left = test.left().evaluate(cached, rule.strategy(), ignored);
		Evaluated right = test.right().evaluate(cached, rule.strategy(), ignored);
		if (left.value().isEmpty() || right.value().isEmpty()) {
			return RuleResult.notEvaluable(rule, values, reason(left.value().isEmpty() ? left : right));
		}
		Outcome outcome = test.operator().holds(left.value().get(), right.value().get()) ? Outcome.PASS : Outcome.FAIL;
		return new RuleResult(rule, outcome, left.value(), right.value(), values, Optional.empty());
	}

	private static LocalizedText reason(Evaluated evaluated) {
		return evaluated.missing().map(ComplianceChecker::operandReason).orElseGet(() -> evaluated.reason().orElseThrow());
	}

	private static LocalizedText operandReason(Operand operand) {
		return ComplianceTexts.text("reason.operand", operand.term().toString(), operand.reason().orElseThrow());
	}

	/** Resolves indicators, thresholds and model values for one pack. */
	private final class PackOperands implements Operands {

		private final RulePack pack;
		private final Thresholds thresholds;
		private final ModelTerms model;

		PackOperands(RulePack pack, Thresholds thresholds) {
			this.pack = pack;
			this.thresholds = thresholds;
			this.model = new ModelTerms(context.evaluation(), context.year());
		}

		@Override
		public Operand resolve(Term term) {
			if (!term.function()) {
				return indicator(term);
			}
			return term.isThreshold() ? threshold(term) : model.resolve(term);
		}

		private Operand indicator(Term term) {
			for (IndicatorResult result : context.indicators()) {
				if (result.code().equals(term.name())) {
					LocalizedText source = ComplianceTexts.text("source.indicator", term.name(),
							LocalizedText.of(result.definition()::title));
					return result.value().map(v -> Operand.of(term, v, source))
							.orElseGet(() -> Operand.missing(term, LocalizedText.of(result.reason().orElseThrow()::message)));
				}
			}
			return Operand.unavailable(term, ComplianceTexts.text("reason.indicatorMissing", term.name()));
		}

		private Operand threshold(Term term) {
			String name = term.argument();
			if (pack.thresholds().stream().noneMatch(t -> t.name().equals(name))) {
				return Operand.unavailable(term, ComplianceTexts.text("reason.thresholdNotDeclared", name));
			}
			Optional<Thresholds.Entry> entry = thresholds.find(pack.id(), name, context.country(), context.year());
			if (entry.isEmpty() || entry.get().value().isEmpty()) {
				return Operand.unavailable(term, pack.thresholdNotSet(name)
						.orElseGet(() -> ComplianceTexts.text("reason.thresholdNotSet", name)));
			}
			Thresholds.Entry set = entry.get();
			LocalizedText country = set.country().equals("*") ? ComplianceTexts.text("country.any")
					: LocalizedText.literal(set.country());
			return Operand.of(term, set.value().get(),
					ComplianceTexts.text("source.threshold", set.origin(), name, country, set.fromYear()));
		}
	}
}
