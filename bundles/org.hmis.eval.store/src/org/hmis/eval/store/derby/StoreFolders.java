/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.derby;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import org.hmis.eval.store.StoreException;

/**
 * The store holds members' ids, sex and birth dates: its folder, the folders the product creates
 * above it, and Derby's files in it are for their owner alone. On a file system without POSIX
 * permissions (Windows) the user's profile folder already protects them and nothing is changed.
 */
final class StoreFolders {

	/** Makes Derby create its files owner-only instead of following the umask (Derby 10.12+). */
	private static final String DERBY_FILE_PERMISSIONS = "derby.storage.useDefaultFilePermissions";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

	private StoreFolders() {
	}

	/**
	 * Before Derby opens {@code store}: creates its missing parent folders owner-only, asks Derby
	 * for owner-only files, and keeps derby.log out of the working folder.
	 */
	static void prepare(Path store) throws StoreException {
		Path parent = store.getParent();
		try {
			createOwnerOnly(parent);
		} catch (IOException e) {
			throw new StoreException("cannot create " + parent + ": " + e.getMessage(), e);
		}
		if (System.getProperty(DERBY_FILE_PERMISSIONS) == null) {
			System.setProperty(DERBY_FILE_PERMISSIONS, "false");
		}
		if (System.getProperty("derby.stream.error.file") == null) {
			// The launchers name a file in the user's log folder; without them, beside the store.
			System.setProperty("derby.stream.error.file", store.resolveSibling("derby.log").toString());
		}
	}

	/**
	 * After Derby opened {@code store}: its folder becomes owner-only, a store made by an older
	 * version (0755) included, when it belongs to this user (a store shared on purpose is left).
	 */
	static void restrict(Path store) throws StoreException {
		if (!posix()) {
			return;
		}
		try {
			if (Files.getOwner(store).getName().equals(System.getProperty("user.name"))
					&& !Files.getPosixFilePermissions(store).equals(OWNER_ONLY)) {
				Files.setPosixFilePermissions(store, OWNER_ONLY);
			}
		} catch (IOException e) {
			throw new StoreException("cannot make the store " + store + " readable by its owner only: " + e.getMessage(),
					e);
		}
	}

	/** Creates {@code folder} and its missing parents, each readable by the owner only. */
	static void createOwnerOnly(Path folder) throws IOException {
		Deque<Path> missing = new ArrayDeque<>();
		for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
			missing.push(p);
		}
		FileAttribute<?>[] attributes = posix() ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) }
				: new FileAttribute<?>[0];
		while (!missing.isEmpty()) {
			Path next = missing.pop();
			try {
				Files.createDirectory(next, attributes);
			} catch (java.nio.file.FileAlreadyExistsException raced) {
				// Another process made it meanwhile: it is theirs to have made, not ours to change.
			}
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}
}
