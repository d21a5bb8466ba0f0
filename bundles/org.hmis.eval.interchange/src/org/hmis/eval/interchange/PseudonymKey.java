/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret key of the pseudonyms ({@link Pseudonyms}). Taken from the environment variable
 * {@value #VARIABLE} when set (a team that must produce the same pseudonyms shares it), otherwise
 * from a key file in the user's data folder, created with 32 random bytes on first use and readable
 * by its owner only: the pseudonyms of one user stay stable from one export to the next, and
 * whoever has neither the variable nor the file cannot link them back to the registers.
 */
public final class PseudonymKey {

	/** Environment variable holding the key as text (at least {@value #MINIMUM_LENGTH} characters). */
	public static final String VARIABLE = "HMIS_PSEUDONYM_KEY";
	/** System property naming another key file (tests; a shared drive). */
	public static final String FILE_PROPERTY = "hmis.pseudonymKeyFile";
	static final int MINIMUM_LENGTH = 16;
	private static final int RANDOM_BYTES = 32;

	private PseudonymKey() {
	}

	/**
	 * @return the key from {@value #VARIABLE}, else from the key file (created when missing)
	 * @throws IOException naming the variable or the file when neither gives a usable key
	 */
	public static byte[] load() throws IOException {
		String variable = System.getenv(VARIABLE);
		if (variable != null && !variable.isEmpty()) {
			if (variable.length() < MINIMUM_LENGTH) {
				throw new IOException(VARIABLE + " is too short to keep the pseudonyms secret: give at least "
						+ MINIMUM_LENGTH + " characters");
			}
			return variable.getBytes(StandardCharsets.UTF_8);
		}
		return fromFile(file());
	}

	/** @return the key file: {@code -Dhmis.pseudonymKeyFile} if set, else {@code ~/.hmis-eval/pseudonym.key} */
	public static Path file() {
		String configured = System.getProperty(FILE_PROPERTY);
		return configured != null ? Path.of(configured)
				: Path.of(System.getProperty("user.home"), ".hmis-eval", "pseudonym.key");
	}

	/** @return the key held in {@code file} as hexadecimal text, created with random bytes when missing */
	static byte[] fromFile(Path file) throws IOException {
		if (!Files.exists(file)) {
			create(file);
		}
		String text;
		try {
			text = Files.readString(file, StandardCharsets.US_ASCII).strip();
		} catch (IOException e) {
			throw new IOException("cannot read the pseudonym key " + file + ": " + e.getMessage(), e);
		}
		try {
			byte[] key = HexFormat.of().parseHex(text);
			if (key.length * 2 < MINIMUM_LENGTH) {
				throw new IllegalArgumentException("too short");
			}
			return key;
		} catch (IllegalArgumentException e) {
			throw new IOException("the pseudonym key " + file + " is not " + RANDOM_BYTES
					+ " bytes in hexadecimal; restore it from a copy, or remove it to start new pseudonyms");
		}
	}

	/** Writes a new key beside the file and moves it in place, so that two exports at once agree on one key. */
	private static void create(Path file) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		byte[] key = new byte[RANDOM_BYTES];
		new SecureRandom().nextBytes(key);
		Path staging = Files.createTempFile(folder, ".pseudonym", ".tmp");
		try {
			if (Files.getFileStore(staging).supportsFileAttributeView("posix")) {
				Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rw-------"));
			}
			Files.writeString(staging, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
			// A rename in the same folder, refused when the file exists: the complete key or none.
			Files.move(staging, file);
		} catch (FileAlreadyExistsException e) {
			// Another export created it first: that key is the one to use.
		} finally {
			Files.deleteIfExists(staging);
		}
	}
}
