/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store;

import java.util.List;

import org.hmis.eval.model.Evaluation;

/**
 * Where evaluations are kept between sessions. Every write is a single transaction: after a
 * failure or a crash the store holds exactly what it held before.
 */
public interface EvaluationStore extends AutoCloseable {

	/**
	 * Saves an evaluation under {@code id}, replacing what was stored under that id.
	 */
	void save(String id, Evaluation evaluation) throws StoreException;

	/** @return the evaluation stored under {@code id}, as a new detached object */
	Evaluation load(String id) throws StoreException;

	/** @return the stored evaluations, by scheme name then title */
	List<StoredEvaluation> list() throws StoreException;

	/** @return true when something is stored under {@code id} */
	boolean contains(String id) throws StoreException;

	/** Removes the evaluation stored under {@code id}, if any. */
	void delete(String id) throws StoreException;

	/** Releases the database; the store cannot be used afterwards. */
	@Override
	void close() throws StoreException;
}
