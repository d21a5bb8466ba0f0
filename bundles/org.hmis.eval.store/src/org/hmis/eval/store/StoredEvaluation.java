/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store;

import java.time.Instant;

/**
 * What the store knows of an evaluation without loading it.
 *
 * @param id the store's key
 * @param schemeName the name of the evaluated scheme
 * @param title the evaluation's title
 * @param savedAt when it was last saved
 * @param identity the scheme and accounting years, which make it this evaluation and no other
 * @param country the scheme's country, or null
 * @param evaluator who evaluated the scheme, or null (the model does not record it yet)
 * @param savedBy the user who saved it last, or null for evaluations saved before the store kept it
 */
public record StoredEvaluation(String id, String schemeName, String title, Instant savedAt,
		EvaluationIdentity identity, String country, String evaluator, String savedBy) {

	/** @return "VIMO 2006 (stored as vimo)", to name it in messages */
	public String describe() {
		return identity + " (stored as " + id + ")";
	}
}
