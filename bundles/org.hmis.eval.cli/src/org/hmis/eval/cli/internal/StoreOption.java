/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hmis.eval.store.StoreLocation;
import org.hmis.eval.store.derby.DerbyEvaluationStore;

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

	/**
	 * @return the boot password of the store: {@code HMIS_STORE_PASSWORD} when set (a new store is
	 *         then created encrypted), else, for an encrypted store and a command run in a
	 *         terminal, what the user types at the prompt; null otherwise. Never an argument:
	 *         arguments show in the process list and the shell's history.
	 */
	static char[] password(Path database) {
		String fromEnvironment = System.getenv(StoreLocation.PASSWORD_VARIABLE);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment.toCharArray();
		}
		Console console = System.console();
		if (console != null && inIsTerminal() && DerbyEvaluationStore.isEncrypted(database.toAbsolutePath().normalize())) {
			char[] typed = console.readPassword("Boot password of the store %s: ", database.toAbsolutePath().normalize());
			return typed == null || typed.length == 0 ? null : typed;
		}
		return null;
	}

	/**
	 * @return true when standard input is a terminal (Linux: its descriptor links to a tty); a
	 *         command fed by a pipe or run by a test must not wait for a password
	 */
	private static boolean inIsTerminal() {
		try {
			String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
			return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			return false;
		}
	}
}
