/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.compliance.ComplianceChecker;
import org.hmis.eval.compliance.ComplianceContext;
import org.hmis.eval.compliance.ComplianceRegistry;
import org.hmis.eval.compliance.ComplianceServices;
import org.hmis.eval.compliance.Outcome;
import org.hmis.eval.compliance.PackResult;
import org.hmis.eval.compliance.RulePack;
import org.hmis.eval.compliance.RuleResult;
import org.hmis.eval.compliance.Thresholds;
import org.hmis.eval.model.Evaluation;

/**
 * {@code hmis-eval check}: the rules of every installed pack (or of {@code --pack}) for year N, as
 * JSON or text. Exit code 1 when a rule fails, as {@code validate} exits 1 when it finds an error:
 * the findings are still written in full (to standard output or {@code --out}), and standard error
 * names the failed rules. Rules that are not evaluable do not make it 1: they say what is missing.
 * One evaluation only for now; a network (a folder with network.csv) is refused as bad usage.
 */
final class CheckCommand implements Command {

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		int year = line.year();
		String format = line.choice("format", "text", Set.of("json", "text"));
		List<RulePack> packs = packs(line, ComplianceServices.registry());
		if (Files.isRegularFile(line.evaluation().resolve("network.csv"))) {
			throw new UsageException("check takes one evaluation for now, not a network (" + line.evaluation()
					+ " has network.csv): check each mutual's folder");
		}
		Optional<Thresholds> thresholds = thresholds(line, err);
		if (thresholds.isEmpty()) {
			return EVALUATION_ERRORS;
		}
		warnUnknown(thresholds.get(), ComplianceServices.registry().packs(), err);
		Optional<Evaluation> evaluation = Evaluations.open(line, err);
		if (evaluation.isEmpty()) {
			return EVALUATION_ERRORS;
		}
		ComplianceChecker checker = new ComplianceChecker(ComplianceContext.of(evaluation.get(), year, thresholds.get()));
		List<PackResult> results = packs.stream().map(checker::check).toList();
		CheckedEvaluation checked = new CheckedEvaluation(evaluation.get(), year, results);
		Output.write("json".equals(format) ? CheckJson.of(checked) : CheckText.of(checked), line.option("out"), out);
		List<String> failed = results.stream().flatMap(r -> r.results().stream())
				.filter(r -> r.outcome() == Outcome.FAIL).map(r -> r.rule().id()).toList();
		if (!failed.isEmpty()) {
			err.println("hmis-eval: " + failed.size() + (failed.size() == 1 ? " rule fails: " : " rules fail: ")
					+ String.join(", ", failed));
			return EVALUATION_ERRORS;
		}
		return OK;
	}

	private static List<RulePack> packs(CommandLine line, ComplianceRegistry registry) throws UsageException {
		List<RulePack> installed = registry.packs();
		Optional<String> wanted = line.option("pack");
		if (wanted.isEmpty()) {
			return installed;
		}
		return List.of(registry.pack(wanted.get()).orElseThrow(() -> new UsageException("--pack must be one of "
				+ installed.stream().map(RulePack::id).toList() + ", not '" + wanted.get() + "'")));
	}

	/** @return the authority's thresholds ({@link Thresholds#NONE} without --thresholds), or empty after saying why not */
	private static Optional<Thresholds> thresholds(CommandLine line, PrintStream err) {
		Optional<String> file = line.option("thresholds");
		if (file.isEmpty()) {
			return Optional.of(Thresholds.NONE);
		}
		Path path = Path.of(file.get());
		try {
			return Optional.of(Thresholds.parse(Files.readString(path, StandardCharsets.UTF_8), path.toString()));
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
		} catch (IOException e) {
			err.println(path + ": cannot be read: " + Output.reason(e));
		}
		return Optional.empty();
	}

	/** A misspelt name in the authority's file would silently leave a rule "not set": said on standard error. */
	private static void warnUnknown(Thresholds thresholds, List<RulePack> installed, PrintStream err) {
		for (Thresholds.Entry entry : thresholds.entries()) {
			Optional<RulePack> pack = installed.stream().filter(p -> p.id().equals(entry.pack())).findFirst();
			if (pack.isEmpty()) {
				err.println("warning: " + entry.origin() + ": no installed pack is called " + entry.pack());
			} else if (pack.get().thresholds().stream().noneMatch(t -> t.name().equals(entry.name()))) {
				err.println("warning: " + entry.origin() + ": the pack " + entry.pack() + " has no threshold " + entry.name());
			}
		}
	}

	/** One evaluation's results, pack by pack. */
	record CheckedEvaluation(Evaluation evaluation, int year, List<PackResult> packs) {

		String scheme() {
			return evaluation.getScheme() == null ? null : evaluation.getScheme().getName();
		}

		long count(Outcome outcome) {
			return packs.stream().mapToLong(p -> p.count(outcome)).sum();
		}

		List<RuleResult> results() {
			return packs.stream().flatMap(p -> p.results().stream()).toList();
		}
	}
}
