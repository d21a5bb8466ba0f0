/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What keeps a path of an interchange folder from being read as a file, said in plain words. */
public final class InterchangeFiles {

	private static final int TYPE_MASK = 0170000;
	private static final int SOCKET = 0140000;
	private static final int PIPE = 0010000;
	private static final int CHARACTER_DEVICE = 0020000;
	private static final int BLOCK_DEVICE = 0060000;

	private InterchangeFiles() {
	}

	/** Removes a folder and everything in it, deepest first; a folder that is gone already is fine. */
	public static void deleteTree(Path folder) throws IOException {
		if (folder == null || !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
			for (Path path : all) {
				Files.deleteIfExists(path);
			}
		}
	}

	/**
	 * @param path a path that exists (as a link at least)
	 * @return why it cannot be read as a file ("is a directory, not a file"), or empty when it can
	 */
	public static Optional<String> notAReadableFile(Path path) {
		if (Files.isDirectory(path)) {
			return Optional.of("is a directory, not a file");
		}
		if (!Files.exists(path)) {
			return Optional.of("is a broken link (" + linkTarget(path) + "), not a file");
		}
		if (!Files.isRegularFile(path)) {
			return Optional.of("is " + kindOf(path) + ", not a file");
		}
		if (!Files.isReadable(path)) {
			return Optional.of("cannot be read: permission denied");
		}
		return Optional.empty();
	}

	/** @return the reason of an I/O failure without the path the message is already located at */
	public static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof NoSuchFileException) {
			return "no such file";
		}
		if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
			return fileSystem.getReason();
		}
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}

	private static String kindOf(Path path) {
		try {
			int mode = (Integer) Files.getAttribute(path, "unix:mode");
			return switch (mode & TYPE_MASK) {
			case SOCKET -> "a socket";
			case PIPE -> "a named pipe";
			case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
			default -> "not a regular file";
			};
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
			return "not a regular file";
		}
	}

	private static String linkTarget(Path path) {
		try {
			return "to " + Files.readSymbolicLink(path) + ", which does not exist";
		} catch (IOException | UnsupportedOperationException e) {
			return "its target does not exist";
		}
	}
}
