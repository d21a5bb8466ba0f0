/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.derby;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.hmis.eval.store.StoreException;

/**
 * The store's schema and its version. A store records its version in SCHEMA_VERSION; opening an
 * older store applies the numbered {@link Migration migrations} after its version, all in one
 * transaction (Derby runs DDL inside transactions), so a failed or interrupted migration leaves the
 * store exactly as it was. A store whose version is newer than this code is refused: reading it
 * could lose what the newer version keeps.
 * <p>
 * Version 1 is the store made before versioning: EVALUATION (one XMI document per evaluation) and
 * REGISTERS; it has no SCHEMA_VERSION table. A new store is made as version 1 and migrated like an
 * old one, so that new and migrated stores cannot drift apart.
 */
final class StoreSchema {

	/** The migrations, in order: the one at index i takes a store from version i + 1 to i + 2. */
	private static final List<Migration> MIGRATIONS = List.of(new FilterColumnsMigration());

	/** The version this code reads and writes. */
	static final int CURRENT_VERSION = 1 + MIGRATIONS.size();

	private StoreSchema() {
	}

	/**
	 * Brings the store's schema to {@link #CURRENT_VERSION} and commits, or rolls back and fails.
	 *
	 * @param directory the store's folder, for messages
	 */
	static void ensure(Connection connection, Path directory) throws SQLException, StoreException {
		try {
			int version = versionOf(connection);
			if (version > CURRENT_VERSION) {
				throw new StoreException("the store " + directory + " was made by a newer version of HMIS Evaluator"
						+ " (store version " + version + ", this one reads up to " + CURRENT_VERSION
						+ "); open it with that version, or give another store with --db");
			}
			if (version == 0) {
				createVersionOne(connection);
				version = 1;
			} else if (version == 1) {
				addRegistersTableIfMissing(connection);
			}
			for (int next = version; next < CURRENT_VERSION; next++) {
				MIGRATIONS.get(next - 1).apply(connection);
			}
			if (version < CURRENT_VERSION) {
				recordVersion(connection, version);
			}
			connection.commit();
		} catch (SQLException | StoreException | RuntimeException e) {
			connection.rollback();
			throw e;
		}
	}

	/** @return the store's version: 0 for an empty database, 1 for a store made before versioning */
	static int versionOf(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		if (exists(metaData, "SCHEMA_VERSION")) {
			try (Statement statement = connection.createStatement();
					ResultSet row = statement.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) {
				row.next();
				return row.getInt(1);
			}
		}
		return exists(metaData, "EVALUATION") ? 1 : 0;
	}

	private static void recordVersion(Connection connection, int from) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			if (from == 1) {
				statement.executeUpdate("CREATE TABLE SCHEMA_VERSION (VERSION INTEGER NOT NULL)");
				statement.executeUpdate("INSERT INTO SCHEMA_VERSION (VERSION) VALUES (0)");
			}
		}
		try (PreparedStatement update = connection.prepareStatement("UPDATE SCHEMA_VERSION SET VERSION = ?")) {
			update.setInt(1, CURRENT_VERSION);
			update.executeUpdate();
		}
	}

	/** The tables of version 1, as the code before versioning made them. */
	private static void createVersionOne(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("CREATE TABLE EVALUATION ("
					+ "ID VARCHAR(200) NOT NULL PRIMARY KEY, "
					+ "SCHEME_NAME VARCHAR(400), "
					+ "TITLE VARCHAR(400), "
					+ "SAVED_AT TIMESTAMP NOT NULL, "
					+ "DOCUMENT BLOB NOT NULL)");
			// The rows of an evaluation's registers, in the binary form of RegisterTablesCodec,
			// kept apart from the document so that listing and loading a document stays cheap.
			statement.executeUpdate("CREATE TABLE REGISTERS ("
					+ "ID VARCHAR(200) NOT NULL PRIMARY KEY REFERENCES EVALUATION(ID) ON DELETE CASCADE, "
					+ "DIGEST VARCHAR(64) NOT NULL, "
					+ "TABLES BLOB(2G) NOT NULL)");
		}
	}

	/**
	 * A store from the first weeks had no REGISTERS table; versioned stores all have it. Kept as
	 * part of reading version 1 rather than as a migration because such stores have no version.
	 */
	private static void addRegistersTableIfMissing(Connection connection) throws SQLException {
		if (exists(connection.getMetaData(), "EVALUATION") && !exists(connection.getMetaData(), "REGISTERS")) {
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("CREATE TABLE REGISTERS ("
						+ "ID VARCHAR(200) NOT NULL PRIMARY KEY REFERENCES EVALUATION(ID) ON DELETE CASCADE, "
						+ "DIGEST VARCHAR(64) NOT NULL, "
						+ "TABLES BLOB(2G) NOT NULL)");
			}
		}
	}

	static boolean exists(DatabaseMetaData metaData, String table) throws SQLException {
		try (ResultSet tables = metaData.getTables(null, null, table, null)) {
			return tables.next();
		}
	}

	/** One step from a version to the next; runs inside the opening transaction, never commits. */
	interface Migration {
		void apply(Connection connection) throws SQLException;
	}
}
