/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.store;

import org.hmis.eval.store.StoredEvaluation;

/**
 * Asked when an import brings an evaluation of a scheme and years the store already holds: true
 * replaces the stored one, false leaves the store as it is. Called on the import job's thread.
 */
@FunctionalInterface
public interface ReplaceQuestion {

	/** Never replaces: the import of an evaluation already stored is not done. */
	ReplaceQuestion NEVER = existing -> false;

	/** @return true to replace {@code existing} with the imported evaluation */
	boolean replace(StoredEvaluation existing);
}
