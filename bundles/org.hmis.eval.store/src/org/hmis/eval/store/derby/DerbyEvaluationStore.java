/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.derby;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.io.EvaluationXmi;
import org.hmis.eval.store.EvaluationStore;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoredEvaluation;

/**
 * The default store: an embedded Derby database in a folder of the user's choice. Each evaluation
 * is kept as its XMI document with a few columns to list it; each save is one transaction.
 */
public final class DerbyEvaluationStore implements EvaluationStore {

	/** Derby's SQLState for a database another Java process has booted (and locked). */
	private static final String ANOTHER_INSTANCE = "XSDB6";

	private final Path directory;
	private final Connection connection;

	private DerbyEvaluationStore(Path directory, Connection connection) {
		this.directory = directory;
		this.connection = connection;
	}

	/**
	 * Opens the database in {@code directory}, creating it and its schema on first use.
	 */
	public static DerbyEvaluationStore open(Path directory) throws StoreException {
		Path absolute = directory.toAbsolutePath();
		try {
			Files.createDirectories(absolute.getParent());
		} catch (IOException e) {
			throw new StoreException("cannot create " + absolute.getParent() + ": " + e.getMessage(), e);
		}
		keepDerbyLogOutOfWorkingDirectory(absolute);
		try {
			Connection connection = dataSource(absolute, "create").getConnection();
			connection.setAutoCommit(false);
			StoreSchema.ensure(connection);
			return new DerbyEvaluationStore(absolute, connection);
		} catch (SQLException e) {
			throw new StoreException("cannot open the store in " + absolute + ": " + reason(e), e);
		}
	}

	/**
	 * @return what went wrong, from Derby's chain of exceptions: a failed start says "see the next
	 *         exception for details" and the next exception (or the one after) says why, such as
	 *         another process holding the store
	 */
	static String reason(SQLException failure) {
		List<String> reasons = new ArrayList<>();
		boolean lockedByAnother = false;
		SQLException e = failure;
		for (int depth = 0; e != null && depth < 10; depth++, e = e.getNextException()) {
			lockedByAnother |= ANOTHER_INSTANCE.equals(e.getSQLState());
			String message = e.getMessage();
			if (message == null || message.contains("see the next exception for details")) {
				continue;
			}
			if (!reasons.contains(message)) {
				reasons.add(message);
			}
		}
		if (reasons.isEmpty() && failure.getMessage() != null) {
			reasons.add(failure.getMessage());
		}
		String text = String.join(" ", reasons);
		return lockedByAnother
				? "another process holds the store (the workbench, or another hmis-eval); close it and try again (" + text
						+ ")"
				: text;
	}

	@Override
	public void save(String id, Evaluation evaluation) throws StoreException {
		byte[] document;
		SavedRegisters registers;
		try {
			registers = SavedRegisters.of(evaluation);
			document = EvaluationXmi.toBytes(evaluation, registers == null ? null : registers.digest());
		} catch (IOException e) {
			throw new StoreException("cannot serialize evaluation " + id + ": " + e.getMessage(), e);
		}
		String schemeName = evaluation.getScheme() != null ? evaluation.getScheme().getName() : null;
		inTransaction("save " + id, () -> {
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM EVALUATION WHERE ID = ?")) {
				delete.setString(1, id);
				delete.executeUpdate();
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO EVALUATION (ID, SCHEME_NAME, TITLE, SAVED_AT, DOCUMENT) VALUES (?, ?, ?, ?, ?)")) {
				insert.setString(1, id);
				insert.setString(2, schemeName);
				insert.setString(3, evaluation.getTitle());
				insert.setTimestamp(4, Timestamp.from(Instant.now()));
				insert.setBytes(5, document);
				insert.executeUpdate();
			}
			if (registers != null) {
				try (PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO REGISTERS (ID, DIGEST, TABLES) VALUES (?, ?, ?)")) {
					insert.setString(1, id);
					insert.setString(2, registers.digest());
					registers.bind(insert, 3);
					insert.executeUpdate();
				}
			}
		}, registers);
	}

	@Override
	public Evaluation load(String id) throws StoreException {
		try (PreparedStatement query = connection.prepareStatement("SELECT DOCUMENT FROM EVALUATION WHERE ID = ?")) {
			query.setString(1, id);
			try (ResultSet row = query.executeQuery()) {
				if (!row.next()) {
					throw new StoreException("no evaluation " + id + " in " + directory);
				}
				byte[] document = row.getBytes(1);
				Evaluation evaluation = EvaluationXmi.fromBytes(document);
				String digest = EvaluationXmi.registersDigest(evaluation);
				if (digest != null) {
					evaluation.getRegisters().setTables(SavedRegisters.load(connection, id, digest));
				}
				connection.commit();
				return evaluation;
			}
		} catch (SQLException | IOException e) {
			throw new StoreException("cannot load evaluation " + id + ": " + e.getMessage(), e);
		}
	}

	@Override
	public List<StoredEvaluation> list() throws StoreException {
		List<StoredEvaluation> evaluations = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT ID, SCHEME_NAME, TITLE, SAVED_AT FROM EVALUATION ORDER BY SCHEME_NAME, TITLE, ID");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				evaluations.add(new StoredEvaluation(rows.getString(1), rows.getString(2), rows.getString(3),
						rows.getTimestamp(4).toInstant()));
			}
			connection.commit();
		} catch (SQLException e) {
			throw new StoreException("cannot list evaluations: " + reason(e), e);
		}
		return evaluations;
	}

	@Override
	public boolean contains(String id) throws StoreException {
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM EVALUATION WHERE ID = ?")) {
			query.setString(1, id);
			try (ResultSet row = query.executeQuery()) {
				boolean found = row.next();
				connection.commit();
				return found;
			}
		} catch (SQLException e) {
			throw new StoreException("cannot look up evaluation " + id + ": " + reason(e), e);
		}
	}

	@Override
	public void delete(String id) throws StoreException {
		inTransaction("delete " + id, () -> {
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM EVALUATION WHERE ID = ?")) {
				delete.setString(1, id);
				delete.executeUpdate();
			}
		});
	}

	@Override
	public void close() throws StoreException {
		try {
			connection.rollback();
			connection.close();
		} catch (SQLException e) {
			throw new StoreException("cannot close the store: " + reason(e), e);
		}
		shutdown(directory);
	}

	/** @return the folder of the database */
	public Path directory() {
		return directory;
	}

	private void inTransaction(String what, SqlWork work) throws StoreException {
		inTransaction(what, work, null);
	}

	private void inTransaction(String what, SqlWork work, AutoCloseable resource) throws StoreException {
		try (resource) {
			work.run();
			connection.commit();
		} catch (Exception e) {
			try {
				connection.rollback();
			} catch (SQLException rollbackFailure) {
				e.addSuppressed(rollbackFailure);
			}
			throw new StoreException("cannot " + what + ": "
					+ (e instanceof SQLException sql ? reason(sql) : String.valueOf(e.getMessage())), e);
		}
	}

	private static EmbeddedDataSource dataSource(Path directory, String createOrShutdown) {
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(directory.toString());
		if ("create".equals(createOrShutdown)) {
			dataSource.setCreateDatabase("create");
		} else {
			dataSource.setShutdownDatabase("shutdown");
		}
		return dataSource;
	}

	/** Shuts the database down so that its files are consistent and another process may open it. */
	private static void shutdown(Path directory) throws StoreException {
		try {
			dataSource(directory, "shutdown").getConnection().close();
		} catch (SQLException e) {
			// Derby reports a clean single-database shutdown with SQLState 08006.
			if (!"08006".equals(e.getSQLState())) {
				throw new StoreException("cannot shut down the store: " + reason(e), e);
			}
		}
	}

	private static void keepDerbyLogOutOfWorkingDirectory(Path database) {
		if (System.getProperty("derby.stream.error.file") == null) {
			System.setProperty("derby.stream.error.file", database.resolveSibling("derby.log").toString());
		}
	}

	@FunctionalInterface
	private interface SqlWork {
		void run() throws SQLException;
	}
}
