/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed arguments of {@code hmis-eval <command> <evaluation> [--option value]...}.
 *
 * @param command the sub-command (compute, dossier, import, validate)
 * @param evaluation the folder, evaluation file or zip to work on
 * @param options the options given, without their leading dashes
 */
record CommandLine(String command, Path evaluation, Map<String, String> options) {

	static final String USAGE = String.join(System.lineSeparator(),
			"usage: hmis-eval compute  <evaluation> --year N [--format json|csv|text] [--out FILE]",
			"       hmis-eval dossier  <evaluation> --year N [--lang en|fr] [--format pdf|html|docx] --out FILE",
			"       hmis-eval import   <folder-or-zip> [--db DIR]",
			"       hmis-eval validate <evaluation>",
			"<evaluation> is an interchange folder, an evaluation file (.hmis) or a zip of either.");

	private static final Map<String, Set<String>> OPTIONS = Map.of(
			"compute", Set.of("year", "format", "out"),
			"dossier", Set.of("year", "lang", "format", "out"),
			"import", Set.of("db"),
			"validate", Set.of());

	static CommandLine parse(List<String> args) throws UsageException {
		if (args.isEmpty()) {
			throw new UsageException("no command given");
		}
		String command = args.get(0);
		Set<String> allowed = OPTIONS.get(command);
		if (allowed == null) {
			throw new UsageException("unknown command '" + command + "'");
		}
		Path evaluation = null;
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--")) {
				String name = arg.substring(2);
				if (!allowed.contains(name)) {
					throw new UsageException("option --" + name + " is not accepted by " + command);
				}
				if (i + 1 >= args.size()) {
					throw new UsageException("option --" + name + " needs a value");
				}
				options.put(name, args.get(++i));
			} else if (evaluation == null) {
				evaluation = Path.of(arg);
			} else {
				throw new UsageException("unexpected argument '" + arg + "'");
			}
		}
		if (evaluation == null) {
			throw new UsageException(command + " needs an evaluation");
		}
		return new CommandLine(command, evaluation, Map.copyOf(options));
	}

	Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	/** @return the value of --year, required by the command */
	int year() throws UsageException {
		String text = option("year").orElseThrow(() -> new UsageException(command + " needs --year N"));
		try {
			return Integer.parseInt(text);
		} catch (NumberFormatException e) {
			throw new UsageException("--year must be a year, not '" + text + "'");
		}
	}

	/** @return the value of an option restricted to some choices, or its default */
	String choice(String name, String defaultValue, Set<String> choices) throws UsageException {
		String value = option(name).orElse(defaultValue);
		if (!choices.contains(value)) {
			throw new UsageException("--" + name + " must be one of " + choices + ", not '" + value + "'");
		}
		return value;
	}
}
