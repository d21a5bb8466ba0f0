/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code left operator right}: the test of a rule, or the condition of its scope
 * ({@code applies.when}).
 */
public record Condition(Expression left, Comparison operator, Expression right) {

	/** The operators, longest first so that {@code <=} is not read as {@code <}. */
	private static final List<String> SYMBOLS = List.of("==", "!=", ">=", "<=", ">", "<");

	public Condition {
		Objects.requireNonNull(left, "left");
		Objects.requireNonNull(operator, "operator");
		Objects.requireNonNull(right, "right");
	}

	/** @return the condition written on one line, e.g. {@code line(k1) + line(f2) > 0} */
	public static Condition parse(String text) {
		for (int i = 0; i < text.length(); i++) {
			for (String symbol : SYMBOLS) {
				if (text.startsWith(symbol, i)) {
					return new Condition(Expression.parse(text.substring(0, i)), Comparison.ofSymbol(symbol),
							Expression.parse(text.substring(i + symbol.length())));
				}
			}
		}
		throw new IllegalArgumentException("'" + text + "' has no operator (==, !=, >, >=, < or <=)");
	}

	/** @return every term of both sides */
	public List<Term> terms() {
		List<Term> terms = new ArrayList<>(left.terms());
		terms.addAll(right.terms());
		return terms;
	}

	@Override
	public String toString() {
		return strip(left.toString()) + " " + operator.symbol() + " " + strip(right.toString());
	}

	private static String strip(String side) {
		return side.startsWith("(") && side.endsWith(")") ? side.substring(1, side.length() - 1) : side;
	}
}
