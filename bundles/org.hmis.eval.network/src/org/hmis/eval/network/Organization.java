/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network;

import java.util.List;
import java.util.Optional;

/**
 * A mutual, union, federation or national body of a network ({@code network.csv}), with where it
 * sat in the network year by year.
 *
 * @param id its id, unique in the network; a mutual's evaluation is named by it
 * @param name its name
 * @param level its level: one of {@link Levels} or a level the country adds
 * @param region may be null
 * @param district may be null
 * @param country may be null
 * @param affiliations its spans of years, each with its parent, in file order
 */
public record Organization(String id, String name, String level, String region, String district, String country,
		List<Affiliation> affiliations) {

	public Organization {
		affiliations = List.copyOf(affiliations);
	}

	/** @return true when one of its spans contains the year */
	public boolean activeIn(int year) {
		return affiliations.stream().anyMatch(affiliation -> affiliation.covers(year));
	}

	/** @return its parent in that year; empty for a root, or when it is not in the network that year */
	public Optional<String> parentIn(int year) {
		return affiliations.stream().filter(affiliation -> affiliation.covers(year)).findFirst()
				.flatMap(Affiliation::parentId);
	}

	/** @return true when the organization is a mutual, the level whose evaluations are consolidated */
	public boolean isMutual() {
		return Levels.MUTUAL.equals(level);
	}
}
