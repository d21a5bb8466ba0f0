/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store;

import java.nio.file.Path;

/** Where the embedded store lives unless the user says otherwise, and how evaluations are named. */
public final class StoreLocation {

	/** System property that overrides the default database folder. */
	public static final String DATABASE_PROPERTY = "hmis.store";

	/**
	 * Environment variable holding the boot password of an encrypted store; set when a store is
	 * created, it makes the new store encrypted. Never an argument: those show in the process list.
	 */
	public static final String PASSWORD_VARIABLE = "HMIS_STORE_PASSWORD";

	private StoreLocation() {
	}

	/** @return {@code -Dhmis.store} if set, else {@code ~/.hmis-eval/store} */
	public static Path defaultDatabase() {
		String configured = System.getProperty(DATABASE_PROPERTY);
		return configured != null ? Path.of(configured)
				: Path.of(System.getProperty("user.home"), ".hmis-eval", "store");
	}

	/** @return the store id of an evaluation imported from {@code source}: its file name, sans extension */
	public static String idFor(Path source) {
		String name = source.toAbsolutePath().normalize().getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
