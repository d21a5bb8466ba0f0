/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The temporary files of interrupted writes. Every atomic write of the product (XMI documents,
 * workbooks, dossiers, {@code --out} files) stages its content in {@code .<target name><digits>.tmp}
 * (or {@code .<target name><digits>.registers.tmp}) beside the target, as
 * {@link Files#createTempFile(Path, String, String)} names it, and removes it when done; a process
 * killed meanwhile leaves it behind. The next write of the same target removes such leftovers:
 * only names of exactly that pattern for that target, and only files last modified before this
 * process started (a write still running elsewhere has normally touched its file since), never the
 * temporary files of this process's own writes. (A target named like this one followed by digits,
 * "out.pdf2", stages names of the same shape; its leftovers from before this run are leftovers too.)
 */
public final class InterruptedWrites {

	private static final Instant THIS_RUN_STARTED = ProcessHandle.current().info().startInstant()
			.orElseGet(Instant::now);

	private InterruptedWrites() {
	}

	/** @return the name pattern of the temporary files staged for {@code target} */
	static Pattern leftoverName(Path target) {
		return Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\d+(\\.registers)?\\.tmp");
	}

	/**
	 * Removes what interrupted writes of {@code target} left beside it. Best effort by design: a
	 * leftover that cannot be removed (another user's, a read-only folder) is left and named in the
	 * result, and never stops the write that is about to happen.
	 *
	 * @return the leftovers that could not be removed
	 */
	public static List<Path> removeLeftovers(Path target) {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		List<Path> kept = new ArrayList<>();
		if (folder == null || absolute.getFileName() == null || !Files.isDirectory(folder)) {
			return kept;
		}
		Pattern name = leftoverName(absolute);
		String prefix = "." + absolute.getFileName();
		try (DirectoryStream<Path> candidates = Files.newDirectoryStream(folder, path -> {
			String fileName = path.getFileName().toString();
			return fileName.startsWith(prefix) && name.matcher(fileName).matches();
		})) {
			for (Path candidate : candidates) {
				try {
					if (Files.isRegularFile(candidate)
							&& Files.getLastModifiedTime(candidate).toInstant().isBefore(THIS_RUN_STARTED)) {
						Files.delete(candidate);
					}
				} catch (NoSuchFileException gone) {
					// Removed meanwhile by its own writer: nothing left to do.
				} catch (IOException e) {
					kept.add(candidate);
				}
			}
		} catch (IOException e) {
			// The folder cannot be listed: the write that follows will say why when it fails.
		}
		return kept;
	}
}
