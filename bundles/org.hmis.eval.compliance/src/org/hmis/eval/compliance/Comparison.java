/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.math.BigDecimal;

/** The operator between a rule's two sides. */
public enum Comparison {
	EQUAL("=="), NOT_EQUAL("!="), GREATER(">"), GREATER_OR_EQUAL(">="), LESS("<"), LESS_OR_EQUAL("<=");

	private final String symbol;

	Comparison(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return symbol;
	}

	/** @return the operator written as its symbol ({@code <=}) */
	public static Comparison ofSymbol(String symbol) {
		for (Comparison comparison : values()) {
			if (comparison.symbol.equals(symbol.trim())) {
				return comparison;
			}
		}
		throw new IllegalArgumentException("unknown operator '" + symbol + "' (use ==, !=, >, >=, < or <=)");
	}

	/** @return whether {@code left operator right} holds; numbers are compared by value, 1.0 == 1 */
	public boolean holds(BigDecimal left, BigDecimal right) {
		int order = left.compareTo(right);
		return switch (this) {
		case EQUAL -> order == 0;
		case NOT_EQUAL -> order != 0;
		case GREATER -> order > 0;
		case GREATER_OR_EQUAL -> order >= 0;
		case LESS -> order < 0;
		case LESS_OR_EQUAL -> order <= 0;
		};
	}
}
