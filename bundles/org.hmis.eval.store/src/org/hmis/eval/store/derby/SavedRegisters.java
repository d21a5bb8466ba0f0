/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.derby;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.model.registers.RegisterTablesCodec;

/**
 * An evaluation's registers on their way into the REGISTERS table: encoded once into a temporary
 * file (a national union's are too big for one byte array), streamed into the BLOB, and the file
 * removed when the save ends, committed or not; what a killed save left is removed by the next.
 */
final class SavedRegisters implements AutoCloseable {

	/** Temporary files are named hmis-registers-PID-DIGITS.bin: the PID tells whose they are. */
	private static final String PREFIX = "hmis-registers-";

	private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-\\d+\\.bin");

	private static final Instant THIS_RUN_STARTED = ProcessHandle.current().info().startInstant()
			.orElseGet(Instant::now);

	private final Path file;
	private final String digest;

	private SavedRegisters(Path file, String digest) {
		this.file = file;
		this.digest = digest;
	}

	/** @return the encoded registers of {@code evaluation}, or null when it has none */
	static SavedRegisters of(Evaluation evaluation) throws IOException {
		RegisterTables tables = evaluation.getRegisters() == null ? null : evaluation.getRegisters().getTables();
		if (tables == null || tables.isEmpty()) {
			return null;
		}
		removeLeftovers();
		Path file = Files.createTempFile(PREFIX + ProcessHandle.current().pid() + "-", ".bin");
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
			return new SavedRegisters(file, RegisterTablesCodec.write(tables, out));
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(file);
			throw e;
		}
	}

	/**
	 * Removes the encoded registers that a killed save left in the temporary folder: only files of
	 * this name pattern, whose process is gone, last written before this one started. Best effort: a
	 * file that cannot be removed is someone else's and stays.
	 */
	static void removeLeftovers() {
		Path folder = Path.of(System.getProperty("java.io.tmpdir"));
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*.bin")) {
			for (Path leftover : files) {
				Matcher name = NAME.matcher(leftover.getFileName().toString());
				if (name.matches() && !alive(name.group(1))
						&& Files.getLastModifiedTime(leftover).toInstant().isBefore(THIS_RUN_STARTED)) {
					Files.deleteIfExists(leftover);
				}
			}
		} catch (IOException | RuntimeException e) {
			// Not removable here (another user's file, an unreadable folder): the save goes on.
		}
	}

	private static boolean alive(String pid) {
		try {
			return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
		} catch (NumberFormatException e) {
			return true;
		}
	}

	String digest() {
		return digest;
	}

	void bind(PreparedStatement statement, int index) throws SQLException {
		try {
			statement.setBinaryStream(index, new BufferedInputStream(Files.newInputStream(file)), Files.size(file));
		} catch (IOException e) {
			throw new SQLException("cannot read the encoded registers: " + e.getMessage(), e);
		}
	}

	/** @return the registers stored for {@code id}, checked against the digest its document names */
	static RegisterTables load(Connection connection, String id, String digest) throws SQLException, IOException {
		try (PreparedStatement query = connection.prepareStatement("SELECT TABLES FROM REGISTERS WHERE ID = ?")) {
			query.setString(1, id);
			try (ResultSet row = query.executeQuery()) {
				if (!row.next()) {
					throw new IOException("the registers of evaluation " + id + " are missing from the store");
				}
				try (InputStream in = row.getBinaryStream(1)) {
					return RegisterTablesCodec.readVerified(in, digest, "the REGISTERS row of evaluation " + id);
				}
			}
		}
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(file);
	}
}
