/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Writes network folders for the tests: network.csv and the mutuals' interchange folders, as files. */
final class NetworkFolders {

	static final String HEADER = "id,name,level,parent,region,district,country,from_year,to_year";

	private NetworkFolders() {
	}

	static Path examples(String name) {
		return Path.of(System.getProperty("hmis.examples"), name);
	}

	static void write(Path file, String... lines) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes network.csv: the header, then the rows given. */
	static void network(Path folder, String... rows) {
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		lines.addAll(Arrays.asList(rows));
		write(folder.resolve("network.csv"), lines.toArray(String[]::new));
	}

	/** Copies an interchange folder as it is. */
	static void copy(Path from, Path to) {
		copy(from, to, Set.of(), 1);
	}

	/**
	 * Copies an interchange folder, multiplying every value of the named columns (amounts) by a
	 * factor; every other cell is copied as written.
	 */
	static void copy(Path from, Path to, Set<String> amountColumns, int factor) {
		try (Stream<Path> files = Files.list(from)) {
			Files.createDirectories(to);
			for (Path file : files.toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				List<String> header = Arrays.asList(lines.get(0).split(",", -1));
				List<String> out = new ArrayList<>();
				out.add(lines.get(0));
				for (String line : lines.subList(1, lines.size())) {
					String[] cells = line.split(",", -1);
					for (int i = 0; i < cells.length && i < header.size(); i++) {
						if (amountColumns.contains(header.get(i)) && !cells[i].isBlank()) {
							cells[i] = new BigDecimal(cells[i]).multiply(BigDecimal.valueOf(factor)).toPlainString();
						}
					}
					out.add(String.join(",", cells));
				}
				Files.write(to.resolve(file.getFileName()), out, StandardCharsets.UTF_8);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
