/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.Evaluation;

/**
 * Copies of the shipped examples ({@code examples/<name>}) that a test adapts file by file (moves
 * to another year or country, adds the tables of a scenario) and then reads with the real importer,
 * so that a scenario is an interchange folder like any user's.
 */
public final class ExampleFolders {

	private ExampleFolders() {
	}

	/** @return {@code into}, holding a copy of every file of {@code examples/<example>} */
	public static Path copy(String example, Path into) {
		Path source = Path.of(System.getProperty("hmis.examples"), example);
		try (Stream<Path> files = Files.list(source)) {
			Files.createDirectories(into);
			for (Path file : files.toList()) {
				Files.copy(file, into.resolve(file.getFileName()));
			}
			return into;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Moves every row of {@code file} that starts with {@code from,} to year {@code to} (the files
	 * whose first column is the year: accounts.csv, hidden_costs.csv...).
	 */
	public static void moveYear(Path folder, String file, int from, int to) {
		List<String> lines = lines(folder.resolve(file)).stream()
				.map(line -> line.startsWith(from + ",") ? to + line.substring(String.valueOf(from).length()) : line)
				.toList();
		write(folder.resolve(file), lines);
	}

	/** Sets one key of a key,value file (scheme.csv), adding it when absent. */
	public static void setKey(Path folder, String file, String key, String value) {
		List<String> lines = new ArrayList<>(lines(folder.resolve(file)));
		boolean found = false;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(key + ",")) {
				lines.set(i, key + "," + value);
				found = true;
			}
		}
		if (!found) {
			lines.add(key + "," + value);
		}
		write(folder.resolve(file), lines);
	}

	/** Replaces the row of {@code file} that starts with {@code prefix} (e.g. "2012,k1,") by {@code row}. */
	public static void replaceRow(Path folder, String file, String prefix, String row) {
		List<String> lines = lines(folder.resolve(file)).stream().map(line -> line.startsWith(prefix) ? row : line).toList();
		if (!lines.contains(row)) {
			throw new IllegalArgumentException(file + " has no row starting with " + prefix);
		}
		write(folder.resolve(file), lines);
	}

	/** Writes a file of the folder, one row per argument, each ended by a line break. */
	public static void writeRows(Path folder, String file, String... rows) {
		write(folder.resolve(file), List.of(rows));
	}

	/** @return the folder read with the real importer */
	public static Evaluation read(Path folder) {
		try {
			return InterchangeImporter.importFolder(folder).evaluation();
		} catch (Exception e) {
			throw new IllegalStateException("cannot import " + folder + ": " + e.getMessage(), e);
		}
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(Path file, List<String> lines) {
		try {
			Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
