/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.hmis.eval.interchange.internal.InterchangeFiles;
import org.hmis.eval.interchange.internal.ZipUnpacker;
import org.hmis.eval.model.io.EvaluationXmi;

/**
 * Opens an evaluation given the way the headless command and the workbench accept it: an
 * interchange folder, an evaluation document ({@code .hmis}, XMI), an XLSX workbook laid out like
 * the interchange files (see {@link WorkbookExporter}), or a zip holding a folder or a document.
 * A zip is unpacked into a temporary folder within limits ({@link ZipUnpacker}), removed afterwards
 * whatever happens.
 */
public final class EvaluationLoader {

	/** A zip may hold a zip, which may not hold another: deeper nesting is refused. */
	private static final int MAX_ZIP_NESTING = 2;

	private EvaluationLoader() {
	}

	/**
	 * @throws ImportException when the folder's files break the interchange rules, or a zip is
	 *         refused (beyond the limits, entries outside the archive)
	 * @throws IOException when the path cannot be read as any accepted kind of evaluation
	 */
	public static ImportResult load(Path path) throws ImportException, IOException {
		return load(path, ImportProgress.NONE);
	}

	/**
	 * @param progress hears of the rows read, file by file
	 * @throws ImportException when the folder's files break the interchange rules, or a zip is
	 *         refused (beyond the limits, entries outside the archive)
	 * @throws IOException when the path cannot be read as any accepted kind of evaluation
	 */
	public static ImportResult load(Path path, ImportProgress progress) throws ImportException, IOException {
		return load(path, progress, null, 0);
	}

	private static ImportResult load(Path path, ImportProgress progress, ZipUnpacker.Budget budget, int nesting)
			throws ImportException, IOException {
		if (Files.isDirectory(path)) {
			return InterchangeImporter.importFolder(path, progress);
		}
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException(path + ": no such file or folder");
		}
		var notAFile = InterchangeFiles.notAReadableFile(path);
		if (notAFile.isPresent()) {
			throw new IOException(path + ": " + notAFile.get());
		}
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".zip")) {
			return loadZip(path, progress, budget, nesting + 1);
		}
		if (name.endsWith(".xlsx")) {
			return WorkbookImporter.importWorkbook(path, progress);
		}
		return new ImportResult(EvaluationXmi.load(path), List.of());
	}

	private static ImportResult loadZip(Path zip, ImportProgress progress, ZipUnpacker.Budget budget, int nesting)
			throws ImportException, IOException {
		if (nesting > MAX_ZIP_NESTING) {
			throw new ImportException(List.of(new ImportProblem(zip.getFileName().toString(), 0,
					"a zip inside a zip inside a zip is refused: unpack the outer ones first")));
		}
		ZipUnpacker.Budget shared = budget != null ? budget : ZipUnpacker.Budget.fromSystemProperties();
		Path folder = Files.createTempDirectory("hmis-eval-zip");
		try {
			ZipUnpacker.unpack(zip, folder, shared);
			return load(singleEntryOrSelf(folder), progress, shared, nesting);
		} finally {
			deleteTree(folder);
		}
	}

	/**
	 * A zip of a folder usually holds the folder itself; look inside it in that case. What an
	 * archiver adds of its own (macOS's {@code __MACOSX} folder, hidden files) does not count.
	 */
	private static Path singleEntryOrSelf(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			List<Path> all = entries.filter(entry -> !ZipUnpacker.isArchiverClutter(entry.getFileName().toString()))
					.toList();
			return all.size() == 1 ? all.get(0) : folder;
		}
	}

	/** Removes the temporary folder; a failure to do so never hides the outcome of the load. */
	private static void deleteTree(Path folder) {
		try {
			InterchangeFiles.deleteTree(folder);
		} catch (IOException e) {
			System.err.println("hmis: could not remove the temporary folder " + folder + ": " + e.getMessage());
		}
	}
}
