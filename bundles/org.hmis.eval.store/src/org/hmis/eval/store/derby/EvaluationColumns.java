/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.derby;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.store.EvaluationIdentity;

/**
 * The columns of EVALUATION that repeat what the document says, so that evaluations can be listed
 * and found in SQL without reading their documents. The model has no evaluator yet: the column is
 * kept for when it has one, and stays null until then.
 */
record EvaluationColumns(EvaluationIdentity identity, String country, String evaluator) {

	static EvaluationColumns of(Evaluation evaluation) {
		String country = evaluation.getScheme() == null ? null : evaluation.getScheme().getCountry();
		return new EvaluationColumns(EvaluationIdentity.of(evaluation), country, null);
	}

	/** Binds SCHEME_NAME, COUNTRY, YEARS, FIRST_YEAR, LAST_YEAR, EVALUATOR from {@code index} on. */
	void bind(PreparedStatement statement, int index) throws SQLException {
		statement.setString(index, identity.scheme().isEmpty() ? null : identity.scheme());
		statement.setString(index + 1, country);
		statement.setString(index + 2, identity.yearsColumn());
		setInteger(statement, index + 3, identity.firstYear());
		setInteger(statement, index + 4, identity.lastYear());
		statement.setString(index + 5, evaluator);
	}

	private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.INTEGER);
		} else {
			statement.setInt(index, value);
		}
	}
}
