/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.PrintStream;

/** One sub-command of {@code hmis-eval}. */
interface Command {

	/** Exit code: success. */
	int OK = 0;
	/** Exit code: the evaluation has errors, which were listed. */
	int EVALUATION_ERRORS = 1;
	/** Exit code: the command line does not follow the usage. */
	int BAD_USAGE = 2;

	/** @return the exit code */
	int run(CommandLine line, PrintStream out, PrintStream err) throws UsageException, Exception;
}
