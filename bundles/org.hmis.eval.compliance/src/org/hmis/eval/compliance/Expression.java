/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of a rule: numbers, terms ({@link Term}) and the four operations with brackets, the way
 * a DHIS2 validation rule writes its sides. Evaluated against {@link Operands}, it either gives a
 * value or says which terms were missing; nothing is ever computed with a silent zero unless the
 * rule's {@link MissingValueStrategy} says so.
 */
public sealed interface Expression {

	/** @return the expression as written in a catalogue */
	static Expression parse(String text) {
		return new ExpressionParser(text).parseWhole();
	}

	/** @return every term the expression reads, in order of appearance */
	List<Term> terms();

	/** @return the value, or the first reason it has none; {@code values} receives every term read */
	Evaluated evaluate(Operands operands, MissingValueStrategy strategy, List<Operand> values);

	/** A literal number. */
	record Literal(BigDecimal value) implements Expression {
		@Override
		public List<Term> terms() {
			return List.of();
		}

		@Override
		public Evaluated evaluate(Operands operands, MissingValueStrategy strategy, List<Operand> values) {
			return Evaluated.of(value);
		}

		@Override
		public String toString() {
			return value.toPlainString();
		}
	}

	/** A term read from the evaluation, the indicators or the thresholds. */
	record Reference(Term term) implements Expression {
		@Override
		public List<Term> terms() {
			return List.of(term);
		}

		@Override
		public Evaluated evaluate(Operands operands, MissingValueStrategy strategy, List<Operand> values) {
			Operand operand = operands.resolve(term);
			values.add(operand);
			if (operand.value().isPresent()) {
				return Evaluated.of(operand.value().get());
			}
			// Only a figure the evaluation lacks may count as none; an unset threshold or an
			// unreadable entry never does, whatever the rule's strategy.
			if (operand.replaceable() && strategy != MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING) {
				return Evaluated.of(BigDecimal.ZERO);
			}
			return Evaluated.missing(operand);
		}

		@Override
		public String toString() {
			return term.toString();
		}
	}

	/** {@code -x}. */
	record Negation(Expression operand) implements Expression {
		@Override
		public List<Term> terms() {
			return operand.terms();
		}

		@Override
		public Evaluated evaluate(Operands operands, MissingValueStrategy strategy, List<Operand> values) {
			Evaluated inner = operand.evaluate(operands, strategy, values);
			return inner.value().map(v -> Evaluated.of(v.negate())).orElse(inner);
		}

		@Override
		public String toString() {
			return "-" + operand;
		}
	}

	/** {@code a + b}, {@code a - b}, {@code a * b}, {@code a / b}. */
	record Operation(char operator, Expression left, Expression right) implements Expression {
		@Override
		public List<Term> terms() {
			List<Term> terms = new ArrayList<>(left.terms());
			terms.addAll(right.terms());
			return terms;
		}

		@Override
		public Evaluated evaluate(Operands operands, MissingValueStrategy strategy, List<Operand> values) {
			Evaluated a = left.evaluate(operands, strategy, values);
			Evaluated b = right.evaluate(operands, strategy, values);
			if (a.value().isEmpty() || b.value().isEmpty()) {
				return a.value().isEmpty() ? a : b;
			}
			BigDecimal x = a.value().get();
			BigDecimal y = b.value().get();
			return switch (operator) {
			case '+' -> Evaluated.of(x.add(y));
			case '-' -> Evaluated.of(x.subtract(y));
			case '*' -> Evaluated.of(x.multiply(y));
			default -> y.signum() == 0 ? Evaluated.zeroDivisor(right.toString())
					: Evaluated.of(x.divide(y, MathContext.DECIMAL128));
			};
		}

		@Override
		public String toString() {
			return "(" + left + " " + operator + " " + right + ")";
		}
	}
}
