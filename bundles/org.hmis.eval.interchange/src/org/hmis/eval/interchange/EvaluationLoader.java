/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.hmis.eval.model.io.EvaluationXmi;

/**
 * Opens an evaluation given the way the headless command and the workbench accept it: an
 * interchange folder, an evaluation document ({@code .hmis}, XMI), an XLSX workbook laid out like
 * the interchange files (see {@link WorkbookExporter}), or a zip holding a folder or a document.
 */
public final class EvaluationLoader {

	private EvaluationLoader() {
	}

	/**
	 * @throws ImportException when the folder's files break the interchange rules
	 * @throws IOException when the path cannot be read as any accepted kind of evaluation
	 */
	public static ImportResult load(Path path) throws ImportException, IOException {
		if (Files.isDirectory(path)) {
			return InterchangeImporter.importFolder(path);
		}
		if (!Files.isRegularFile(path)) {
			throw new IOException(path + ": no such file or folder");
		}
		String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".zip")) {
			return loadZip(path);
		}
		if (name.endsWith(".xlsx")) {
			return WorkbookImporter.importWorkbook(path);
		}
		return new ImportResult(EvaluationXmi.load(path), List.of());
	}

	private static ImportResult loadZip(Path zip) throws ImportException, IOException {
		Path folder = Files.createTempDirectory("hmis-eval-zip");
		try {
			unzip(zip, folder);
			Path content = singleEntryOrSelf(folder);
			return load(content);
		} finally {
			deleteTree(folder);
		}
	}

	/** A zip of a folder usually holds the folder itself; look inside it in that case. */
	private static Path singleEntryOrSelf(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			List<Path> all = entries.toList();
			return all.size() == 1 ? all.get(0) : folder;
		}
	}

	private static void unzip(Path zip, Path folder) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Path target = folder.resolve(entry.getName()).normalize();
				if (!target.startsWith(folder)) {
					throw new IOException(zip + ": entry " + entry.getName() + " points outside the archive");
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				} else {
					Files.createDirectories(target.getParent());
					copy(in, target);
				}
			}
		}
	}

	private static void copy(InputStream in, Path target) throws IOException {
		Files.write(target, in.readAllBytes());
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			List<Path> all = new ArrayList<>(paths.toList());
			all.sort(Comparator.reverseOrder());
			for (Path path : all) {
				Files.deleteIfExists(path);
			}
		}
	}
}
