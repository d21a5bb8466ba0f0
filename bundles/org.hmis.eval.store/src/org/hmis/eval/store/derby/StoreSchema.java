/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.derby;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the store's tables in a new database, and adds the REGISTERS table to a store made
 * before registers were kept apart from the evaluation document.
 */
final class StoreSchema {

	private StoreSchema() {
	}

	static void ensure(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		if (!exists(metaData, "EVALUATION")) {
			createEvaluationTable(connection);
		}
		if (!exists(metaData, "REGISTERS")) {
			try (Statement statement = connection.createStatement()) {
				// The rows of an evaluation's registers, in the binary form of RegisterTablesCodec,
				// kept apart from the document so that listing and loading a document stays cheap.
				statement.executeUpdate("CREATE TABLE REGISTERS ("
						+ "ID VARCHAR(200) NOT NULL PRIMARY KEY REFERENCES EVALUATION(ID) ON DELETE CASCADE, "
						+ "DIGEST VARCHAR(64) NOT NULL, "
						+ "TABLES BLOB(2G) NOT NULL)");
			}
		}
		connection.commit();
	}

	private static boolean exists(DatabaseMetaData metaData, String table) throws SQLException {
		try (ResultSet tables = metaData.getTables(null, null, table, null)) {
			return tables.next();
		}
	}

	private static void createEvaluationTable(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("CREATE TABLE EVALUATION ("
					+ "ID VARCHAR(200) NOT NULL PRIMARY KEY, "
					+ "SCHEME_NAME VARCHAR(400), "
					+ "TITLE VARCHAR(400), "
					+ "SAVED_AT TIMESTAMP NOT NULL, "
					+ "DOCUMENT BLOB NOT NULL)");
		}
	}
}
