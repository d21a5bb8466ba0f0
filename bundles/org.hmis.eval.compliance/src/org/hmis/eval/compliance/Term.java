/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.util.List;
import java.util.Objects;

/**
 * A named value a rule reads: an indicator code ({@code F.5}, {@code MIN.10}, {@code OI}; the name
 * alone, no arguments) or a function of the evaluation ({@code threshold(claims_ratio_max)},
 * {@code line(G)}, {@code stage(4)}, {@code actual(general_assembly)}, {@code members()}).
 *
 * @param name the indicator code or the function's name
 * @param arguments the function's arguments; empty for an indicator code
 * @param function true for a function (written with brackets), false for an indicator code
 */
public record Term(String name, List<String> arguments, boolean function) {

	public Term {
		Objects.requireNonNull(name, "name");
		arguments = List.copyOf(arguments);
	}

	public static Term indicator(String code) {
		return new Term(code, List.of(), false);
	}

	/** @return true for {@code threshold(name)}: never replaced by zero, whatever the strategy */
	public boolean isThreshold() {
		return function && name.equals("threshold");
	}

	/** @return the first argument, or "" */
	public String argument() {
		return arguments.isEmpty() ? "" : arguments.get(0);
	}

	@Override
	public String toString() {
		return function ? name + "(" + String.join(", ", arguments) + ")" : name;
	}
}
