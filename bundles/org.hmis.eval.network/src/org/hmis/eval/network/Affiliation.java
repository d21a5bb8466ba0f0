/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network;

import java.util.Optional;

/**
 * One row of {@code network.csv} for an organization: where it sits in the network over a span of
 * years. An organization that changes parent (a mutual moving to another union) has one row per
 * span.
 *
 * @param parent the id of the organization above it, null for a root (a national body)
 * @param fromYear the first year of the span, null when open (always was)
 * @param toYear the last year of the span (inclusive), null when open (still is)
 * @param line the line of {@code network.csv} that says so, for messages
 */
public record Affiliation(String parent, Integer fromYear, Integer toYear, int line) {

	/** @return true when the span contains the year */
	public boolean covers(int year) {
		return (fromYear == null || fromYear <= year) && (toYear == null || year <= toYear);
	}

	/** @return true when the two spans share at least one year */
	public boolean overlaps(Affiliation other) {
		boolean startsBeforeOtherEnds = fromYear == null || other.toYear == null || fromYear <= other.toYear;
		boolean otherStartsBeforeThisEnds = other.fromYear == null || toYear == null || other.fromYear <= toYear;
		return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
	}

	public Optional<String> parentId() {
		return Optional.ofNullable(parent);
	}
}
