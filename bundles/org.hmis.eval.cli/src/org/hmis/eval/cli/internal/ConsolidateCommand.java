/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.indicators.IndicatorServices;
import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.ImportProgress;
import org.hmis.eval.network.LoadedNetwork;
import org.hmis.eval.network.NetworkReader;
import org.hmis.eval.network.consolidation.ConsolidatedOrganization;
import org.hmis.eval.network.consolidation.Consolidation;

/**
 * {@code hmis-eval consolidate}: every organization of a network (or of one level) for year N, each
 * as the object {@code compute} prints plus the mutuals covered and missing (interchange
 * specification, section 4), as JSON or CSV.
 */
final class ConsolidateCommand implements Command {

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		int year = line.year();
		String format = line.choice("format", "json", Set.of("json", "csv"));
		Optional<LoadedNetwork> network = open(line, err);
		if (network.isEmpty()) {
			return EVALUATION_ERRORS;
		}
		Optional<String> level = line.option("level");
		if (level.isPresent() && !network.get().network().levels().contains(level.get())) {
			throw new UsageException("--level must be a level of the network " + network.get().network().levels()
					+ ", not '" + level.get() + "'");
		}
		List<ConsolidatedOrganization> organizations = new Consolidation(network.get(), IndicatorServices.registry())
				.at(year, level);
		String text = "csv".equals(format) ? ConsolidationCsv.of(organizations)
				: ConsolidationJson.of(network.get().name(), year, level.orElse(null), organizations);
		Output.write(text, line.option("out"), out);
		return OK;
	}

	/** @return the network, or empty after listing why it cannot be read */
	private static Optional<LoadedNetwork> open(CommandLine line, PrintStream err) {
		ImportProgress progress = line.flag("progress") ? new ProgressPrinter(err, true)
				: line.errIsTerminal() ? new ProgressPrinter(err, false) : ImportProgress.NONE;
		try {
			LoadedNetwork network = NetworkReader.read(line.evaluation(), progress, Locale.ENGLISH);
			for (ImportProblem warning : network.warnings()) {
				err.println("warning: " + warning);
			}
			return Optional.of(network);
		} catch (ImportException e) {
			e.problems().forEach(err::println);
			return Optional.empty();
		} catch (IOException e) {
			err.println("hmis-eval: " + Failures.describe(e));
			return Optional.empty();
		}
	}
}
