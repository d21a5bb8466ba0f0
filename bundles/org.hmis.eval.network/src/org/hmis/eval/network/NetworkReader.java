/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProgress;
import org.hmis.eval.interchange.internal.CsvRow;
import org.hmis.eval.interchange.internal.CsvTable;
import org.hmis.eval.interchange.internal.ImportMessages;
import org.hmis.eval.interchange.internal.ProblemCollector;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.text.TextBundle;

/**
 * Reads a network folder: {@code network.csv} and one evaluation per mutual named by its id. All or
 * nothing: every broken cell, duplicate id, reversed span, unknown parent and cycle of
 * {@code network.csv}, and every problem of every mutual's evaluation (placed under the mutual's
 * id: {@code m01/accounts.csv:3:2: reason}), is reported in one {@link ImportException}.
 */
public final class NetworkReader {

	private static final TextBundle MESSAGES = TextBundle.of(NetworkReader.class,
			"org.hmis.eval.network.network_messages");

	private NetworkReader() {
	}

	/** Reads with English messages (the headless command's) and no progress. */
	public static LoadedNetwork read(Path folder) throws ImportException, IOException {
		return read(folder, ImportProgress.NONE, Locale.ENGLISH);
	}

	/**
	 * @param progress hears of the rows read, file by file (the mutuals' files included)
	 * @param locale the language of the problems
	 * @throws ImportException listing every problem, when anything is wrong
	 * @throws IOException when the path is not a folder or cannot be listed
	 */
	public static LoadedNetwork read(Path folder, ImportProgress progress, Locale locale)
			throws ImportException, IOException {
		if (!Files.isDirectory(folder)) {
			throw new IOException(folder + ": " + MESSAGES.text("folder.notFolder").text(locale));
		}
		ProblemCollector problems = new ProblemCollector(progress, new ImportMessages(locale));
		Optional<CsvTable> table = CsvTable.read(folder, NetworkFormat.NETWORK, problems);
		if (table.isEmpty() && !problems.hasErrors()) {
			problems.error(NetworkFormat.FILE_NAME, 0, MESSAGES.text("file.missing").text(locale));
		}
		List<NetworkRow> rows = new ArrayList<>();
		for (CsvRow row : table.map(CsvTable::rows).orElse(List.of())) {
			NetworkRow read = NetworkRow.read(row);
			if (read != null) {
				rows.add(read);
			}
		}
		NetworkChecks checks = new NetworkChecks((key, arguments) -> MESSAGES.text(key, arguments), locale);
		Map<String, List<NetworkRow>> byId = checks.byId(checks.spans(rows));
		checks.parents(byId);
		if (!problems.hasErrors()) {
			// A cycle is only looked for among parents that exist: otherwise it would hide the real cause.
			checks.cycles(byId);
		}
		Network network = new Network(byId.values().stream().map(NetworkReader::organization).toList());
		Map<String, Evaluation> evaluations = new MemberEvaluations(folder, problems, progress,
				(key, arguments) -> MESSAGES.text(key, arguments).text(locale)).load(byId);
		if (problems.hasErrors()) {
			throw new ImportException(problems.errors());
		}
		return new LoadedNetwork(folder.toAbsolutePath().normalize().getFileName().toString(), network, evaluations,
				problems.warnings());
	}

	private static Organization organization(List<NetworkRow> rows) {
		NetworkRow first = rows.get(0);
		return new Organization(first.id(), first.name(), first.level(), first.region(), first.district(),
				first.country(), rows.stream().map(NetworkRow::affiliation).toList());
	}
}
