/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The {@code hmis-eval} headless application. Exit codes: 0 success, 1 the evaluation has errors
 * (listed on standard error) or cannot be read or written, 2 bad usage, 3 an internal error (out
 * of memory, stack overflow, a bug), always with a message on standard error. The exit code is
 * what {@link #start} returns: Equinox makes an {@code Integer} result the process's exit status.
 * Standard output carries only what the command was asked for; anything a library prints there
 * goes to standard error while the command runs.
 */
public final class HmisEvalApplication implements IApplication {

	/** Exit code: an internal error (out of memory included); the message is on standard error. */
	public static final int INTERNAL_ERROR = 3;

	private static final Map<String, Command> COMMANDS = Map.of(
			"compute", new ComputeCommand(),
			"consolidate", new ConsolidateCommand(),
			"dossier", new DossierCommand(),
			"export", new ExportCommand(),
			"import", new ImportCommand(),
			"validate", new ValidateCommand(),
			"list", new ListCommand(),
			"check", new CheckCommand());

	/**
	 * Memory set aside for the message after an OutOfMemoryError, released before writing it (the
	 * data that filled the heap is usually unreachable by then, but not always all of it).
	 */
	private static byte[] reserve = new byte[1 << 20];

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PrintStream stdout = System.out;
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		// Libraries (POI's Log4j status logger, BIRT, EMF) print to System.out when they see fit:
		// while the command runs, that goes to standard error, never into the JSON or CSV asked for.
		System.setOut(System.err);
		try {
			return run(args == null ? List.of() : Arrays.asList(args), out, err, errIsTerminal());
		} finally {
			out.flush();
			System.setOut(stdout);
		}
	}

	/** Runs one command line; public for the tests, which call it inside OSGi. */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		return run(args, out, err, false);
	}

	private static int run(List<String> args, PrintStream out, PrintStream err, boolean errIsTerminal) {
		try {
			CommandLine line = CommandLine.parse(args).withErrIsTerminal(errIsTerminal);
			Command command = COMMANDS.get(line.command());
			if (command == null) {
				throw new UsageException(line.command() + " is not available yet");
			}
			return command.run(line, out, err);
		} catch (UsageException e) {
			err.println("hmis-eval: " + e.getMessage());
			err.println(CommandLine.USAGE);
			return Command.BAD_USAGE;
		} catch (RuntimeException e) {
			return internalError(e, err);
		} catch (Exception e) {
			err.println("hmis-eval: " + Failures.describe(e));
			return Command.EVALUATION_ERRORS;
		} catch (OutOfMemoryError e) {
			reserve = null;
			long heap = Runtime.getRuntime().maxMemory() >> 20;
			err.println("hmis-eval: out of memory (" + e.getMessage() + ", with a heap of " + heap
					+ " MB): give the command more memory, e.g. HMIS_VM_ARGS=-Xmx4g");
			reserve = new byte[1 << 20];
			return INTERNAL_ERROR;
		} catch (Throwable e) {
			return internalError(e, err);
		}
	}

	/** A failure that is not the evaluation's: said in one line, the stack trace kept in the log. */
	private static int internalError(Throwable failure, PrintStream err) {
		String message = "hmis-eval: internal error: " + Failures.describe(failure);
		String details = logged(message, failure);
		err.println(message + (failure instanceof StackOverflowError
				? " (a deeper stack may help: HMIS_VM_ARGS=-Xss16m)" : "") + details);
		return INTERNAL_ERROR;
	}

	/** @return where the stack trace was written ("; details in FILE"), or "" when it could not be */
	private static String logged(String message, Throwable failure) {
		try {
			ILog.of(HmisEvalApplication.class).log(Status.error(message, failure));
			Path log = Path.of(Platform.getLogFileLocation().toOSString());
			return Files.exists(log) ? "; details in " + log : "";
		} catch (Throwable e) {
			return "";
		}
	}

	/** @return true when standard error is a terminal (Linux: its descriptor links to a tty) */
	private static boolean errIsTerminal() {
		try {
			String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
			return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			return false;
		}
	}

	@Override
	public void stop() {
		// The command runs to completion on its own thread; nothing to interrupt.
	}
}
