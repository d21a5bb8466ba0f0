/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.derby;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.hmis.eval.store.StoreLocation;

/**
 * Derby's failures in the words of the store. A failed start says "see the next exception for
 * details" and puts the reason in the next exception (or the one after), or only in derby.log.
 */
final class DerbyFailures {

	/** Derby's SQLState for a database another Java process has booted (and locked). */
	private static final String ANOTHER_INSTANCE = "XSDB6";

	/** Derby's SQLState for an encrypted database booted without its password or with another. */
	private static final String WRONG_BOOT_PASSWORD = "XBM06";

	private static final String SEE_NEXT = "see the next exception for details";

	private DerbyFailures() {
	}

	/** @return true when the database is held by another program */
	static boolean inUse(SQLException failure) {
		return hasState(failure, ANOTHER_INSTANCE);
	}

	/** @return true when the database is encrypted and the boot password was missing or wrong */
	static boolean wrongPassword(SQLException failure) {
		return hasState(failure, WRONG_BOOT_PASSWORD);
	}

	private static boolean hasState(SQLException failure, String state) {
		SQLException e = failure;
		for (int depth = 0; e != null && depth < 10; depth++) {
			if (state.equals(e.getSQLState())) {
				return true;
			}
			e = e.getNextException() != null ? e.getNextException()
					: e.getCause() instanceof SQLException cause ? cause : null;
		}
		return false;
	}

	/** @return one sentence saying why the store in {@code directory} could not be opened */
	static String openFailure(Path directory, SQLException failure) {
		if (inUse(failure)) {
			return "the store " + directory + " is in use by another program (a running workbench or another"
					+ " hmis-eval holds it); close that program and try again";
		}
		if (wrongPassword(failure)) {
			return "the store " + directory + " is encrypted and its boot password was not given or is wrong (set "
					+ StoreLocation.PASSWORD_VARIABLE + " to it, or run the command in a terminal to be asked for it)";
		}
		return "cannot open the store in " + directory + ": " + reason(failure);
	}

	/** @return every message of Derby's chain, once each, without the pointers to the next one */
	static String reason(SQLException failure) {
		List<String> reasons = new ArrayList<>();
		SQLException e = failure;
		for (int depth = 0; e != null && depth < 10; depth++, e = e.getNextException()) {
			String message = e.getMessage();
			if (message == null || message.contains(SEE_NEXT)) {
				continue;
			}
			if (!reasons.contains(message)) {
				reasons.add(message);
			}
		}
		if (reasons.isEmpty() && failure.getMessage() != null) {
			reasons.add(failure.getMessage());
		}
		return String.join(" ", reasons);
	}
}
