/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorFamily;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.financial.internal.FinancialIndicators;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.store.derby.DerbyEvaluationStore;

/**
 * A country-scale run, as a national strategy or a regulator would make it: many schemes'
 * interchange folders are imported, their indicators computed, and all of them written to and read
 * back from one embedded Derby store. Each phase is timed over several rounds after a warm-up, and
 * the median is reported. Run with releng/benchmarks/run.sh; results go to results/.
 *
 * usage: CountryScaleBenchmark <number of schemes> <rounds> <work folder>
 */
public final class CountryScaleBenchmark {

	private CountryScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int schemes = Integer.parseInt(args[0]);
		int rounds = Integer.parseInt(args[1]);
		Path work = Path.of(args[2]);
		List<Path> folders = SyntheticSchemes.write(work.resolve("folders"), schemes, new Random(20061231L));
		IndicatorFamily family = new FinancialIndicators();

		List<Long> importTimes = new ArrayList<>();
		List<Long> computeTimes = new ArrayList<>();
		List<Long> saveTimes = new ArrayList<>();
		List<Long> loadTimes = new ArrayList<>();
		int results = 0;
		for (int round = 0; round <= rounds; round++) {
			long start = System.nanoTime();
			List<Evaluation> evaluations = new ArrayList<>();
			for (Path folder : folders) {
				evaluations.add(InterchangeImporter.importFolder(folder).evaluation());
			}
			long imported = System.nanoTime();
			results = 0;
			for (Evaluation evaluation : evaluations) {
				for (IndicatorResult result : family.compute(new ComputationContext(evaluation, 2006))) {
					results += result.isComputable() ? 1 : 0;
				}
			}
			long computed = System.nanoTime();
			Path database = work.resolve("store-" + round);
			try (DerbyEvaluationStore store = DerbyEvaluationStore.open(database)) {
				for (int i = 0; i < evaluations.size(); i++) {
					store.save("scheme-" + i, evaluations.get(i));
				}
				long saved = System.nanoTime();
				for (int i = 0; i < evaluations.size(); i++) {
					store.load("scheme-" + i);
				}
				long loaded = System.nanoTime();
				if (round > 0) { // round 0 warms the JIT and Derby up
					importTimes.add(imported - start);
					computeTimes.add(computed - imported);
					saveTimes.add(saved - computed);
					loadTimes.add(loaded - saved);
				}
			}
			deleteTree(database);
		}
		System.out.printf(Locale.ROOT, "schemes: %d, rounds: %d (after 1 warm-up), computable results per round: %d%n",
				schemes, rounds, results);
		System.out.printf(Locale.ROOT, "| phase | median per round (ms) | per scheme (ms) |%n|---|---|---|%n");
		report("import interchange folders", importTimes, schemes);
		report("compute family F", computeTimes, schemes);
		report("save to Derby (one transaction each)", saveTimes, schemes);
		report("load from Derby", loadTimes, schemes);
	}

	private static void report(String phase, List<Long> nanos, int schemes) {
		List<Long> sorted = nanos.stream().sorted().toList();
		double median = sorted.get(sorted.size() / 2) / 1e6;
		System.out.printf(Locale.ROOT, "| %s | %.1f | %.3f |%n", phase, median, median / schemes);
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
