/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store;

import java.util.List;
import java.util.Optional;

import org.hmis.eval.model.Evaluation;

/**
 * Where evaluations are kept between sessions. Every write is a single transaction: after a
 * failure or a crash the store holds exactly what it held before. An evaluation is identified by
 * its {@link EvaluationIdentity scheme and years}; its id is the store's key, chosen when it is
 * first added.
 */
public interface EvaluationStore extends AutoCloseable {

	/**
	 * Saves an evaluation under {@code id}, replacing what was stored under that id (the editor
	 * saving what it opened).
	 */
	void save(String id, Evaluation evaluation) throws StoreException;

	/**
	 * Adds an imported evaluation. When the store holds one of the same scheme and years, it is
	 * replaced (keeping its id) if {@code replace} is true, and the import refused otherwise; the old
	 * version stays until the new one is committed. A new evaluation is stored under
	 * {@code suggestedId}, or {@code suggestedId-2}... when another evaluation already has that id.
	 *
	 * @return the id the evaluation was stored under
	 * @throws EvaluationExistsException when one of the same identity is stored and
	 *         {@code replace} is false; nothing was written
	 */
	String add(Evaluation evaluation, String suggestedId, boolean replace) throws StoreException;

	/** @return the stored evaluation of that scheme and years, the latest saved if there are several */
	Optional<StoredEvaluation> find(EvaluationIdentity identity) throws StoreException;

	/** @return the evaluation stored under {@code id}, as a new detached object */
	Evaluation load(String id) throws StoreException;

	/** @return the stored evaluations, by scheme name, then years, then title */
	List<StoredEvaluation> list() throws StoreException;

	/** @return true when something is stored under {@code id} */
	boolean contains(String id) throws StoreException;

	/** Removes the evaluation stored under {@code id}, if any. */
	void delete(String id) throws StoreException;

	/** Releases the database; the store cannot be used afterwards. */
	@Override
	void close() throws StoreException;
}
