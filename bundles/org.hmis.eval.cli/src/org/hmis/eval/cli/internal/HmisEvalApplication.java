/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The {@code hmis-eval} headless application. Exit codes: 0 success, 1 the evaluation has errors
 * (listed on standard error), 2 bad usage.
 */
public final class HmisEvalApplication implements IApplication {

	private static final Map<String, Command> COMMANDS = Map.of(
			"compute", new ComputeCommand(),
			"dossier", new DossierCommand(),
			"import", new ImportCommand(),
			"validate", new ValidateCommand());

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		return run(args == null ? List.of() : Arrays.asList(args), out, err);
	}

	/** Runs one command line; public for the tests, which call it inside OSGi. */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		try {
			CommandLine line = CommandLine.parse(args);
			Command command = COMMANDS.get(line.command());
			if (command == null) {
				throw new UsageException(line.command() + " is not available yet");
			}
			return command.run(line, out, err);
		} catch (UsageException e) {
			err.println("hmis-eval: " + e.getMessage());
			err.println(CommandLine.USAGE);
			return Command.BAD_USAGE;
		} catch (Exception e) {
			err.println("hmis-eval: " + e.getMessage());
			return Command.EVALUATION_ERRORS;
		}
	}

	@Override
	public void stop() {
		// The command runs to completion on its own thread; nothing to interrupt.
	}
}
