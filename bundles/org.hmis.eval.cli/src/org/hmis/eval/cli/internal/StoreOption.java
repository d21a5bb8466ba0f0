/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.nio.file.Path;

import org.hmis.eval.store.StoreLocation;

/** The store a command works on: {@code --db DIR}, else the default embedded store. */
final class StoreOption {

	private StoreOption() {
	}

	/** @return the folder of the embedded store the command names */
	static Path database(CommandLine line) throws UsageException {
		String location = line.option("db").orElse(null);
		if (location == null) {
			return StoreLocation.defaultDatabase();
		}
		if (location.startsWith("jdbc:")) {
			// The specification's shared stores (Derby network server, PostgreSQL) are not built yet.
			throw new UsageException("--db takes the folder of an embedded store; JDBC URLs (" + location
					+ ") are not supported yet");
		}
		if (location.isBlank()) {
			throw new UsageException("--db needs the folder of a store");
		}
		return Path.of(location);
	}
}
