/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.util.Optional;
import java.util.Set;

/**
 * Where a rule applies: countries (ISO 3166 alpha-2 codes; empty for everywhere), kinds of
 * organization (mutual, union, federation, national or a level a country adds; empty for every
 * kind), the years, and a condition on the evaluation's own figures (the scheme's size, whether it
 * runs accessory activities).
 */
public record Scope(Set<String> countries, Set<String> kinds, Optional<Integer> fromYear, Optional<Integer> toYear,
		Optional<Condition> when) {

	public static final Scope EVERYWHERE = new Scope(Set.of(), Set.of(), Optional.empty(), Optional.empty(),
			Optional.empty());

	public Scope {
		countries = Set.copyOf(countries);
		kinds = Set.copyOf(kinds);
	}

	/** @return whether the year is within the rule's years */
	public boolean coversYear(int year) {
		return fromYear.map(from -> year >= from).orElse(true) && toYear.map(to -> year <= to).orElse(true);
	}
}
