/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hmis.eval.model.accounts.SourcedValue;
import org.hmis.eval.model.text.LocalizedText;

/**
 * Gathers the inputs of one indicator, remembering which are missing, and turns them into a
 * result. Calculators read like the guide's formula:
 *
 * <pre>
 * return InputSet.of(definition).add("G", accounts.line("G"), Texts.line("G"))
 * 		.add("C", accounts.line("C"), Texts.line("C"))
 * 		.quotient("G", "C", HUNDRED);
 * </pre>
 *
 * What is missing is named with a {@link LocalizedText} from the family's own properties files
 * ({@code Texts} above is the family's small accessor of them), so that it reads in English in the
 * results contract and in French in a French workbench; a plain string is accepted too, and then
 * reads the same in every language.
 */
public final class InputSet {

	/** Precision of divisions: well beyond what a double shows, so results stay "unrounded". */
	public static final MathContext PRECISION = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final IndicatorDefinition definition;
	private final Map<String, IndicatorInput> found = new LinkedHashMap<>();
	private final List<LocalizedText> missing = new ArrayList<>();

	private InputSet(IndicatorDefinition definition) {
		this.definition = definition;
	}

	public static InputSet of(IndicatorDefinition definition) {
		return new InputSet(definition);
	}

	/**
	 * Adds an input; when {@code value} is empty, {@code whereMissing} names what the evaluator
	 * must supply.
	 */
	public InputSet add(String symbol, Optional<SourcedValue> value, String whereMissing) {
		return add(symbol, value, LocalizedText.literal(whereMissing));
	}

	/**
	 * Adds an input; when {@code value} is empty, {@code whereMissing} names what the evaluator
	 * must supply, in any language.
	 */
	public InputSet add(String symbol, Optional<SourcedValue> value, LocalizedText whereMissing) {
		// Two inputs read from the same source share one description; name it once.
		value.ifPresentOrElse(v -> found.put(symbol, IndicatorInput.of(symbol, v)), () -> {
			if (!missing.contains(whereMissing)) {
				missing.add(whereMissing);
			}
		});
		return this;
	}

	/** @return the value of an input that was found */
	public BigDecimal value(String symbol) {
		IndicatorInput input = found.get(symbol);
		if (input == null) {
			throw new IllegalStateException("input " + symbol + " is missing");
		}
		return input.value();
	}

	/** @return where an input that was found came from, in the results contract's wording */
	public String source(String symbol) {
		return provenance(symbol).text();
	}

	/** @return where an input that was found came from, in any language */
	public LocalizedText provenance(String symbol) {
		value(symbol);
		return found.get(symbol).provenance();
	}

	/** @return true when every input added so far was found */
	public boolean isComplete() {
		return missing.isEmpty();
	}

	/** @return the inputs found, in the order they were added */
	public List<IndicatorInput> inputs() {
		return List.copyOf(found.values());
	}

	/** @return numerator / denominator x 100, for an indicator in percent */
	public IndicatorResult percentage(String numerator, String denominator) {
		return quotient(numerator, denominator, HUNDRED);
	}

	/** @return numerator / denominator x factor, or the reason it cannot be computed */
	public IndicatorResult quotient(String numerator, String denominator, BigDecimal factor) {
		if (!isComplete()) {
			return missingResult();
		}
		return divide(value(numerator), value(denominator), provenance(denominator), factor);
	}

	/**
	 * @return numerator / denominator x factor for values the calculator combined itself;
	 *         {@code denominatorName} names the denominator if it is zero
	 */
	public IndicatorResult divide(BigDecimal numerator, BigDecimal denominator, String denominatorName,
			BigDecimal factor) {
		return divide(numerator, denominator, LocalizedText.literal(denominatorName), factor);
	}

	/**
	 * @return numerator / denominator x factor for values the calculator combined itself;
	 *         {@code denominatorName} names the denominator, in any language, if it is zero
	 */
	public IndicatorResult divide(BigDecimal numerator, BigDecimal denominator, LocalizedText denominatorName,
			BigDecimal factor) {
		if (!isComplete()) {
			return missingResult();
		}
		if (denominator.signum() == 0) {
			return IndicatorResult.notComputable(definition, NotComputable.zeroDenominator(denominatorName), inputs());
		}
		return IndicatorResult.computed(definition, numerator.multiply(factor).divide(denominator, PRECISION), inputs());
	}

	/** @return the sum of inputs that were found (call when {@link #isComplete()}) */
	public BigDecimal sum(String... symbols) {
		BigDecimal total = BigDecimal.ZERO;
		for (String symbol : symbols) {
			total = total.add(value(symbol));
		}
		return total;
	}

	/** @return {@code value} as the result, or the reason for the missing inputs */
	public IndicatorResult result(BigDecimal value) {
		return isComplete() ? IndicatorResult.computed(definition, value, inputs()) : missingResult();
	}

	/** @return a result carrying the reason for the missing inputs */
	public IndicatorResult missingResult() {
		return IndicatorResult.notComputable(definition, NotComputable.missingInputs(missing), inputs());
	}
}
