/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

/** Gives the terms of a rule their values for one evaluation and year. */
@FunctionalInterface
public interface Operands {

	/** @return the term's value, or why it has none; never null */
	Operand resolve(Term term);
}
