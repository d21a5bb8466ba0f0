/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.hmis.eval.model.io.InterruptedWrites;

/**
 * Sends a command's text to standard output or, atomically, to the file of {@code --out}: the text
 * goes to a temporary file next to the target, which replaces the target only once complete and is
 * removed whatever happens (an error included), so no half-written file is ever left behind.
 * The leftovers of an interrupted earlier write of the same target are removed first
 * ({@link InterruptedWrites}). Failures name the target and the folder, not the temporary file
 * (their messages carry the reason, and no cause that would bring the temporary file's name back).
 */
final class Output {

	private Output() {
	}

	static void write(String text, Optional<String> outFile, PrintStream stdout) throws IOException {
		if (outFile.isEmpty()) {
			stdout.print(text);
			stdout.flush();
			if (stdout.checkError()) {
				throw new IOException("cannot write to standard output");
			}
			return;
		}
		Path target = Path.of(outFile.get()).toAbsolutePath();
		Path temporary = temporaryNextTo(target);
		try {
			try {
				Files.writeString(temporary, text, StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new IOException("cannot write " + target + ": " + reason(e));
			}
			try {
				try {
					Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
				}
			} catch (IOException e) {
				throw new IOException("cannot replace " + target + ": " + reason(e));
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * @return a new, empty temporary file in the target's folder (created when missing)
	 * @throws IOException naming the target and its folder when the folder cannot be written
	 */
	static Path temporaryNextTo(Path target) throws IOException {
		if (Files.isDirectory(target)) {
			throw new IOException("cannot write " + target + ": it is a folder; give the name of a file");
		}
		Path folder = target.getParent();
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new IOException("cannot write " + target + ": the folder " + folder + " cannot be created (" + reason(e)
					+ ")");
		}
		// What an earlier, interrupted write of this target left behind goes before this one starts.
		InterruptedWrites.removeLeftovers(target);
		try {
			return Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
		} catch (IOException e) {
			throw new IOException("cannot write " + target + ": the folder " + folder + " cannot be written to ("
					+ reason(e) + ")");
		}
	}

	/** @return the reason of a file system failure, without the (temporary) path it names */
	static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
			return exists.getFile() + " exists and is not a folder";
		}
		if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
			return fileSystem.getReason();
		}
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}
}
