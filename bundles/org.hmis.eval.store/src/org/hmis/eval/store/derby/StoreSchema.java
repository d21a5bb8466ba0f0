/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.derby;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the store's tables in a new database. */
final class StoreSchema {

	private StoreSchema() {
	}

	static void ensure(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		try (ResultSet tables = metaData.getTables(null, null, "EVALUATION", null)) {
			if (tables.next()) {
				return;
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("CREATE TABLE EVALUATION ("
					+ "ID VARCHAR(200) NOT NULL PRIMARY KEY, "
					+ "SCHEME_NAME VARCHAR(400), "
					+ "TITLE VARCHAR(400), "
					+ "SAVED_AT TIMESTAMP NOT NULL, "
					+ "DOCUMENT BLOB NOT NULL)");
		}
		connection.commit();
	}
}
