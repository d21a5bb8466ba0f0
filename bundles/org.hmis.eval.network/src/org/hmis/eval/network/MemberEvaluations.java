/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.hmis.eval.interchange.EvaluationLoader;
import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.ImportProgress;
import org.hmis.eval.interchange.ImportResult;
import org.hmis.eval.interchange.internal.ProblemCollector;
import org.hmis.eval.model.Evaluation;

/**
 * Finds and loads the evaluation of each mutual of a network folder: a folder, zip, workbook or
 * evaluation file named by the mutual's id, loaded as {@code hmis-eval compute} would
 * ({@link EvaluationLoader}). A mutual's problems are reported under its id ({@code m01/accounts.csv}).
 */
final class MemberEvaluations {

	/** The endings of an evaluation named by its mutual's id; a folder has none. */
	private static final List<String> ENDINGS = List.of("", ".zip", ".xlsx", ".hmis");

	private final Path folder;
	private final ProblemCollector problems;
	private final ImportProgress progress;
	private final BiFunction<String, Object[], String> messages;

	MemberEvaluations(Path folder, ProblemCollector problems, ImportProgress progress,
			BiFunction<String, Object[], String> messages) {
		this.folder = folder;
		this.problems = problems;
		this.progress = progress;
		this.messages = messages;
	}

	/** @return the evaluation of every mutual that could be loaded, by id */
	Map<String, Evaluation> load(Map<String, List<NetworkRow>> byId) throws IOException {
		Set<String> entries = entries();
		Set<String> used = new TreeSet<>();
		used.add(NetworkFormat.FILE_NAME);
		Map<String, Evaluation> evaluations = new LinkedHashMap<>();
		for (List<NetworkRow> rows : byId.values()) {
			NetworkRow first = rows.get(0);
			if (!Levels.MUTUAL.equals(first.level())) {
				continue;
			}
			List<String> found = new ArrayList<>();
			for (String ending : ENDINGS) {
				String name = first.id() + ending;
				boolean folderEntry = ending.isEmpty();
				if (entries.contains(name) && Files.isDirectory(folder.resolve(name)) == folderEntry) {
					found.add(name);
				}
			}
			used.addAll(found);
			if (found.isEmpty()) {
				first.row().error(NetworkFormat.ID, messages.apply("evaluation.none", new Object[] { first.id() }));
			} else if (found.size() > 1) {
				first.row().error(NetworkFormat.ID,
						messages.apply("evaluation.several", new Object[] { first.id(), String.join(", ", found) }));
			} else {
				load(first.id(), folder.resolve(found.get(0)), evaluations);
			}
		}
		for (String entry : entries) {
			if (!used.contains(entry)) {
				problems.warning(entry, 0, messages.apply("evaluation.unused", new Object[0]));
			}
		}
		return evaluations;
	}

	private void load(String id, Path path, Map<String, Evaluation> evaluations) {
		try {
			ImportResult result = EvaluationLoader.load(path, progress);
			for (ImportProblem warning : result.warnings()) {
				ImportProblem placed = under(id, warning);
				if (placed.cell() != null) {
					problems.sheetWarning(placed.file(), placed.line(), placed.column(), placed.reason());
				} else {
					problems.warning(placed.file(), placed.line(), placed.column(), placed.reason());
				}
			}
			evaluations.put(id, result.evaluation());
		} catch (ImportException e) {
			for (ImportProblem problem : e.problems()) {
				ImportProblem placed = under(id, problem);
				if (placed.cell() != null) {
					// A workbook's problem keeps its cell: sheet!cell under the mutual's id.
					problems.sheetError(placed.file(), placed.line(), placed.column(), placed.reason());
				} else {
					problems.error(placed.file(), placed.line(), placed.column(), placed.reason());
				}
			}
		} catch (IOException e) {
			problems.error(path.getFileName().toString(), 0, e.getMessage() == null ? e.toString() : e.getMessage());
		}
	}

	/** @return the problem placed under the mutual's id, so that its file is found in the network folder */
	private static ImportProblem under(String id, ImportProblem problem) {
		return new ImportProblem(id + "/" + problem.file(), problem.line(), problem.column(), problem.reason(),
				problem.cell());
	}

	/** @return the names in the network folder, hidden ones left out */
	private Set<String> entries() throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			Set<String> names = new TreeSet<>();
			list.map(path -> path.getFileName().toString()).filter(name -> !name.startsWith("."))
					.forEach(names::add);
			return names;
		}
	}
}
