/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.store;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.hmis.eval.store.EvaluationStore;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoreLocation;
import org.hmis.eval.store.derby.DerbyEvaluationStore;

/**
 * The store the workbench works on: the embedded Derby database at the default location, opened
 * on first use (never on the UI thread) and closed when the workbench shuts down. A new store
 * receives the guide's worked examples so that a first start has something to show.
 */
public final class WorkbenchStore {

	private static DerbyEvaluationStore store;
	private static final List<Consumer<String>> SAVE_LISTENERS = new CopyOnWriteArrayList<>();

	private WorkbenchStore() {
	}

	/** @return the open store; opens it, and adds the examples to a new one, on first call */
	public static synchronized EvaluationStore get() throws StoreException {
		if (store == null) {
			DerbyEvaluationStore opened = DerbyEvaluationStore.open(location(), System.getProperty("user.name"), password());
			ExampleSeeder.seedIfEmpty(opened);
			store = opened;
		}
		return store;
	}

	/**
	 * @return the boot password of an encrypted store, from {@code HMIS_STORE_PASSWORD} (set before
	 *         starting the workbench); null when unset
	 */
	private static char[] password() {
		String password = System.getenv(StoreLocation.PASSWORD_VARIABLE);
		return password == null || password.isEmpty() ? null : password.toCharArray();
	}

	/** @return where the store lives */
	public static Path location() {
		return StoreLocation.defaultDatabase();
	}

	/** Registers a listener told the store id of every evaluation an editor saves. */
	public static void addSaveListener(Consumer<String> listener) {
		SAVE_LISTENERS.add(listener);
	}

	public static void removeSaveListener(Consumer<String> listener) {
		SAVE_LISTENERS.remove(listener);
	}

	/** Tells the listeners that the evaluation stored under {@code id} was saved. */
	public static void fireSaved(String id) {
		SAVE_LISTENERS.forEach(listener -> listener.accept(id));
	}

	/** Closes the store if it was opened. */
	public static synchronized void close() throws StoreException {
		if (store != null) {
			try {
				store.close();
			} finally {
				store = null;
			}
		}
	}
}
