/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store;

import java.time.temporal.ChronoUnit;

/**
 * An import refused because the store already holds an evaluation of the same scheme and years;
 * nothing was written. The caller may ask the user and add it again with replacement allowed.
 */
public final class EvaluationExistsException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final transient StoredEvaluation existing;

	public EvaluationExistsException(StoredEvaluation existing) {
		super("the store already holds " + existing.describe() + ", saved "
				+ existing.savedAt().truncatedTo(ChronoUnit.SECONDS)
				+ (existing.savedBy() == null ? "" : " by " + existing.savedBy()));
		this.existing = existing;
	}

	/** @return the stored evaluation of the same identity */
	public StoredEvaluation existing() {
		return existing;
	}
}
