/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one side of a rule by recursive descent: {@code sum := product (("+"|"-") product)*},
 * {@code product := unary (("*"|"/") unary)*}, {@code unary := "-" unary | primary},
 * {@code primary := number | "(" sum ")" | Code | name "(" [argument ("," argument)*] ")"}.
 * An indicator code starts with a capital letter ({@code F.5}, {@code MIN.10}, {@code OI}); a
 * function with a small letter; arguments are plain words ({@code general_assembly}, {@code 12.providers}).
 */
final class ExpressionParser {

	private final String text;
	private int position;

	ExpressionParser(String text) {
		this.text = text == null ? "" : text;
	}

	Expression parseWhole() {
		Expression expression = sum();
		skipSpaces();
		if (position < text.length()) {
			throw error("unexpected '" + text.charAt(position) + "'");
		}
		return expression;
	}

	private Expression sum() {
		Expression left = product();
		for (char c = peek(); c == '+' || c == '-'; c = peek()) {
			position++;
			left = new Expression.Operation(c, left, product());
		}
		return left;
	}

	private Expression product() {
		Expression left = unary();
		for (char c = peek(); c == '*' || c == '/'; c = peek()) {
			position++;
			left = new Expression.Operation(c, left, unary());
		}
		return left;
	}

	private Expression unary() {
		if (peek() == '-') {
			position++;
			return new Expression.Negation(unary());
		}
		return primary();
	}

	private Expression primary() {
		char c = peek();
		if (c == '(') {
			position++;
			Expression inner = sum();
			expect(')');
			return inner;
		}
		if (Character.isDigit(c) || c == '.') {
			return new Expression.Literal(new BigDecimal(word()));
		}
		if (Character.isUpperCase(c)) {
			return new Expression.Reference(Term.indicator(word()));
		}
		if (Character.isLowerCase(c)) {
			String name = word();
			expect('(');
			List<String> arguments = new ArrayList<>();
			if (peek() != ')') {
				arguments.add(word());
				while (peek() == ',') {
					position++;
					arguments.add(word());
				}
			}
			expect(')');
			return new Expression.Reference(new Term(name, arguments, true));
		}
		throw error(position < text.length() ? "unexpected '" + c + "'" : "the expression ends too early");
	}

	/** @return a run of letters, digits, dots and underscores */
	private String word() {
		skipSpaces();
		int start = position;
		while (position < text.length()) {
			char c = text.charAt(position);
			if (!Character.isLetterOrDigit(c) && c != '.' && c != '_') {
				break;
			}
			position++;
		}
		if (start == position) {
			throw error("a name or a number is expected");
		}
		return text.substring(start, position);
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("'" + c + "' is expected");
		}
		position++;
	}

	private char peek() {
		skipSpaces();
		return position < text.length() ? text.charAt(position) : '\0';
	}

	private void skipSpaces() {
		while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
			position++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("'" + text + "', at character " + (position + 1) + ": " + what);
	}
}
