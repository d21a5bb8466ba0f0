/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.derby;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.io.EvaluationXmi;

/**
 * Version 1 to 2: the columns one filters evaluations on (country, years covered, evaluator, who
 * saved) become columns of EVALUATION, filled from each stored document. The saver of an evaluation
 * stored before version 2 is not known and stays null.
 */
final class FilterColumnsMigration implements StoreSchema.Migration {

	@Override
	public void apply(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("ALTER TABLE EVALUATION ADD COLUMN COUNTRY VARCHAR(200)");
			statement.executeUpdate("ALTER TABLE EVALUATION ADD COLUMN YEARS VARCHAR(1000) NOT NULL DEFAULT ''");
			statement.executeUpdate("ALTER TABLE EVALUATION ADD COLUMN FIRST_YEAR INTEGER");
			statement.executeUpdate("ALTER TABLE EVALUATION ADD COLUMN LAST_YEAR INTEGER");
			statement.executeUpdate("ALTER TABLE EVALUATION ADD COLUMN EVALUATOR VARCHAR(400)");
			statement.executeUpdate("ALTER TABLE EVALUATION ADD COLUMN SAVED_BY VARCHAR(200)");
			// Not unique: stores of version 1 may hold the same scheme and years twice (the
			// workbench imported a second copy as "vimo-2"); imports check identity themselves.
			statement.executeUpdate("CREATE INDEX EVALUATION_IDENTITY ON EVALUATION (SCHEME_NAME, YEARS)");
		}
		try (Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery("SELECT ID, DOCUMENT FROM EVALUATION");
				PreparedStatement update = connection.prepareStatement("UPDATE EVALUATION SET SCHEME_NAME = ?, "
						+ "COUNTRY = ?, YEARS = ?, FIRST_YEAR = ?, LAST_YEAR = ?, EVALUATOR = ? WHERE ID = ?")) {
			while (rows.next()) {
				String id = rows.getString(1);
				Evaluation evaluation;
				try {
					evaluation = EvaluationXmi.fromBytes(rows.getBytes(2));
				} catch (IOException e) {
					throw new SQLException("the stored evaluation " + id + " cannot be read (" + e.getMessage()
							+ "); the store was left at version 1", e);
				}
				EvaluationColumns.of(evaluation).bind(update, 1);
				update.setString(7, id);
				update.executeUpdate();
			}
		}
	}
}
