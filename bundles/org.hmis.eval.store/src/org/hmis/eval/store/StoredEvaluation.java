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
 */
public record StoredEvaluation(String id, String schemeName, String title, Instant savedAt) {
}
