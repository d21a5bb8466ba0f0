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
 * The parsed arguments of {@code hmis-eval <command> <evaluation> [--option value]... [--flag]...}.
 *
 * @param command the sub-command (compute, dossier, import, validate, list, consolidate, check)
 * @param evaluation the folder, evaluation file or zip to work on (the network folder of consolidate);
 *        null for {@code list}
 * @param options the options given, without their leading dashes; a flag has the value "true"
 * @param errIsTerminal true when standard error is a terminal (progress is then shown for long
 *        imports even without {@code --progress})
 */
record CommandLine(String command, Path evaluation, Map<String, String> options, boolean errIsTerminal) {

	static final String USAGE = String.join(System.lineSeparator(),
			"usage: hmis-eval compute  <evaluation> --year N [--format json|csv|text] [--out FILE] [--progress]",
			"       hmis-eval dossier  <evaluation> --year N [--lang en|fr] [--format pdf|html|docx] --out FILE [--progress]",
			"       hmis-eval import   <folder-or-zip> [--db DIR] [--replace] [--user NAME] [--progress]",
			"       hmis-eval validate <evaluation> [--progress]",
			"       hmis-eval export   <evaluation> --out DIR|FILE.xlsx [--pseudonymise] [--progress]",
			"       hmis-eval list     [--db DIR] [--format text|json]",
			"       hmis-eval consolidate <network> --year N [--level L] [--format json|csv] [--out FILE] [--progress]",
			"       hmis-eval check    <evaluation> --year N [--pack ID] [--format json|text] [--thresholds FILE] [--out FILE] [--progress]",
			"<evaluation> is an interchange folder, an evaluation file (.hmis), an XLSX workbook or a zip of either.",
			"<network> is a folder with network.csv and one evaluation per mutual, named by its id.",
			"export --pseudonymise names members and beneficiaries by stable pseudonyms (key: HMIS_PSEUDONYM_KEY,",
			"else ~/.hmis-eval/pseudonym.key, created on first use).",
			"import refuses an evaluation of a scheme and years already stored unless --replace is given.",
			"--progress reports the rows read (and rows per second) on standard error; shown anyway for long",
			"imports when standard error is a terminal.",
			"check reads one evaluation (networks are not checked yet); --thresholds gives the authority's parameter file.",
			"Exit codes: 0 success, 1 the evaluation has errors (listed; for check: a rule fails), 2 bad usage, 3 internal error",
			"(out of memory included: give more with HMIS_VM_ARGS=-Xmx4g).");

	private static final Map<String, Set<String>> OPTIONS = Map.of(
			"compute", Set.of("year", "format", "out", "progress"),
			"dossier", Set.of("year", "lang", "format", "out", "progress"),
			"import", Set.of("db", "replace", "user", "progress"),
			"validate", Set.of("progress"),
			"export", Set.of("out", "pseudonymise", "progress"),
			"list", Set.of("db", "format"),
			"consolidate", Set.of("year", "level", "format", "out", "progress"),
			"check", Set.of("year", "pack", "format", "thresholds", "out", "progress"));

	/** Options that take no value. */
	private static final Set<String> FLAGS = Set.of("progress", "replace", "pseudonymise");

	/** Commands that work on the store, not on an evaluation given as argument. */
	private static final Set<String> WITHOUT_EVALUATION = Set.of("list");

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
				if (FLAGS.contains(name)) {
					options.put(name, "true");
					continue;
				}
				if (i + 1 >= args.size()) {
					throw new UsageException("option --" + name + " needs a value");
				}
				options.put(name, args.get(++i));
			} else if (evaluation == null && !WITHOUT_EVALUATION.contains(command)) {
				evaluation = Path.of(arg);
			} else {
				throw new UsageException("unexpected argument '" + arg + "'");
			}
		}
		if (evaluation == null && !WITHOUT_EVALUATION.contains(command)) {
			throw new UsageException(command + ("consolidate".equals(command) ? " needs a network folder" : " needs an evaluation"));
		}
		return new CommandLine(command, evaluation, Map.copyOf(options), false);
	}

	/** @return the same command line, knowing whether standard error is a terminal */
	CommandLine withErrIsTerminal(boolean terminal) {
		return new CommandLine(command, evaluation, options, terminal);
	}

	Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	/** @return true when a flag ({@code --progress}) was given */
	boolean flag(String name) {
		return options.containsKey(name);
	}

	/** @return the value of --year, required by the command */
	int year() throws UsageException {
		String text = option("year").orElseThrow(() -> new UsageException(command + " needs --year N"));
		int year;
		try {
			year = Integer.parseInt(text);
		} catch (NumberFormatException e) {
			throw new UsageException("--year must be a year, not '" + text + "'");
		}
		// The interchange format's years (specification section 1: dates outside 1900-2100 are rejected).
		if (year < 1900 || year > 2100) {
			throw new UsageException("--year must be between 1900 and 2100, not " + year);
		}
		return year;
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
