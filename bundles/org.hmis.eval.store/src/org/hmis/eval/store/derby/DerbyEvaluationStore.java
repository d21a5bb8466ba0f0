/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.derby;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Optional;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.io.EvaluationXmi;
import org.hmis.eval.store.EvaluationExistsException;
import org.hmis.eval.store.EvaluationIdentity;
import org.hmis.eval.store.EvaluationStore;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoredEvaluation;

/**
 * The default store: an embedded Derby database in a folder of the user's choice. Each evaluation
 * is kept as its XMI document with the columns one lists and finds it by; each write is one
 * transaction. The folder is readable by its owner only (see {@link StoreFolders}).
 */
public final class DerbyEvaluationStore implements EvaluationStore {

	/** The file Derby writes when it creates a database: its presence tells an existing store. */
	private static final String SERVICE_PROPERTIES = "service.properties";

	private static final String COLUMNS = "ID, SCHEME_NAME, TITLE, SAVED_AT, YEARS, COUNTRY, EVALUATOR, SAVED_BY";

	private final Path directory;
	private final Connection connection;
	private final String user;

	private DerbyEvaluationStore(Path directory, Connection connection, String user) {
		this.directory = directory;
		this.connection = connection;
		this.user = user;
	}

	/**
	 * Opens the database in {@code directory}, creating it and its schema on first use, migrating
	 * an older store; saves are recorded as made by the operating system's user.
	 */
	public static DerbyEvaluationStore open(Path directory) throws StoreException {
		return open(directory, System.getProperty("user.name"));
	}

	/**
	 * Opens the database in {@code directory}, creating it and its schema on first use, migrating
	 * an older store.
	 *
	 * @param user who the saves made through this store are recorded as made by
	 */
	public static DerbyEvaluationStore open(Path directory, String user) throws StoreException {
		return open(directory, user, null);
	}

	/**
	 * Opens the database in {@code directory}, creating it and its schema on first use, migrating
	 * an older store. A store created with a boot password is encrypted (Derby's data encryption,
	 * AES with a 256-bit key): its data and log files hold no readable value, and it boots only with
	 * the same password.
	 *
	 * @param user         who the saves made through this store are recorded as made by
	 * @param bootPassword the boot password of an encrypted store, or of the encrypted store to
	 *                     create; null for a store that is not encrypted
	 */
	public static DerbyEvaluationStore open(Path directory, String user, char[] bootPassword) throws StoreException {
		Path absolute = directory.toAbsolutePath().normalize();
		boolean creating = !Files.exists(absolute.resolve(SERVICE_PROPERTIES));
		if (bootPassword != null) {
			checkPassword(bootPassword);
		}
		StoreFolders.prepare(absolute);
		Connection connection;
		try {
			EmbeddedDataSource dataSource = dataSource(absolute, "create");
			if (bootPassword != null) {
				// Encryption is chosen once, when the database is created; later boots give the password only.
				dataSource.setConnectionAttributes((creating ? "dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;"
						+ "encryptionKeyLength=256;" : "") + "bootPassword=" + new String(bootPassword));
			}
			connection = dataSource.getConnection();
		} catch (SQLException e) {
			boolean quiet = DerbyFailures.inUse(e) || DerbyFailures.wrongPassword(e);
			throw new StoreException(DerbyFailures.openFailure(absolute, e), quiet ? null : e);
		}
		try {
			connection.setAutoCommit(false);
			StoreSchema.ensure(connection, absolute);
			StoreFolders.restrict(absolute);
			return new DerbyEvaluationStore(absolute, connection, user);
		} catch (SQLException | StoreException | RuntimeException e) {
			try {
				connection.close();
				shutdown(absolute);
			} catch (SQLException | StoreException closing) {
				e.addSuppressed(closing);
			}
			if (e instanceof StoreException store) {
				throw store;
			}
			throw new StoreException("cannot open the store in " + absolute + ": "
					+ (e instanceof SQLException sql ? DerbyFailures.reason(sql) : e.getMessage()), e);
		}
	}

	@Override
	public void save(String id, Evaluation evaluation) throws StoreException {
		write("save " + id, evaluation, (columns, document) -> id);
	}

	@Override
	public String add(Evaluation evaluation, String suggestedId, boolean replace) throws StoreException {
		return write("import " + suggestedId, evaluation, (columns, document) -> {
			Optional<StoredEvaluation> existing = sameIdentity(columns.identity());
			if (existing.isPresent() && !replace) {
				throw new EvaluationExistsException(existing.get());
			}
			return existing.isPresent() ? existing.get().id() : freeId(suggestedId);
		});
	}

	@Override
	public Optional<StoredEvaluation> find(EvaluationIdentity identity) throws StoreException {
		try {
			Optional<StoredEvaluation> found = sameIdentity(identity);
			connection.commit();
			return found;
		} catch (SQLException e) {
			throw new StoreException("cannot look up " + identity + ": " + DerbyFailures.reason(e), e);
		}
	}

	/** @return the latest saved evaluation of that identity, read inside the current transaction */
	private Optional<StoredEvaluation> sameIdentity(EvaluationIdentity identity) throws SQLException {
		try (PreparedStatement query = connection
				.prepareStatement("SELECT " + COLUMNS + " FROM EVALUATION WHERE YEARS = ? ORDER BY SAVED_AT DESC, ID")) {
			query.setString(1, identity.yearsColumn());
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					StoredEvaluation stored = stored(rows);
					if (stored.identity().equals(identity)) {
						return Optional.of(stored);
					}
				}
			}
			return Optional.empty();
		}
	}

	/** @return {@code wanted}, or "wanted-2", "wanted-3"... when another evaluation has that id */
	private String freeId(String wanted) throws SQLException {
		String id = wanted;
		for (int suffix = 2; exists(id); suffix++) {
			id = wanted + "-" + suffix;
		}
		return id;
	}

	/**
	 * Writes an evaluation in one transaction: the id is chosen inside it, the old row (if any) is
	 * deleted and the new one inserted, and only the commit makes the change visible, so the
	 * replaced version stays until the new one is complete.
	 */
	private String write(String what, Evaluation evaluation, IdChoice choice) throws StoreException {
		byte[] document;
		SavedRegisters registers;
		try {
			registers = SavedRegisters.of(evaluation);
			document = EvaluationXmi.toBytes(evaluation, registers == null ? null : registers.digest());
		} catch (IOException e) {
			throw new StoreException("cannot serialize evaluation " + evaluation.getTitle() + ": " + e.getMessage(), e);
		}
		EvaluationColumns columns = EvaluationColumns.of(evaluation);
		String[] chosen = new String[1];
		inTransaction(what, () -> {
			String id = choice.idFor(columns, document);
			chosen[0] = id;
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM EVALUATION WHERE ID = ?")) {
				delete.setString(1, id);
				delete.executeUpdate();
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO EVALUATION (ID, TITLE, SAVED_AT, "
					+ "SAVED_BY, DOCUMENT, SCHEME_NAME, COUNTRY, YEARS, FIRST_YEAR, LAST_YEAR, EVALUATOR) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				insert.setString(1, id);
				insert.setString(2, evaluation.getTitle());
				insert.setTimestamp(3, Timestamp.from(Instant.now()));
				insert.setString(4, user);
				insert.setBytes(5, document);
				columns.bind(insert, 6);
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
		return chosen[0];
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
				"SELECT " + COLUMNS + " FROM EVALUATION ORDER BY SCHEME_NAME, FIRST_YEAR, LAST_YEAR, TITLE, ID");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				evaluations.add(stored(rows));
			}
			connection.commit();
		} catch (SQLException e) {
			throw new StoreException("cannot list evaluations: " + DerbyFailures.reason(e), e);
		}
		return evaluations;
	}

	private static StoredEvaluation stored(ResultSet row) throws SQLException {
		String scheme = row.getString(2);
		return new StoredEvaluation(row.getString(1), scheme, row.getString(3), row.getTimestamp(4).toInstant(),
				EvaluationIdentity.parse(scheme, row.getString(5)), row.getString(6), row.getString(7), row.getString(8));
	}

	@Override
	public boolean contains(String id) throws StoreException {
		try {
			boolean found = exists(id);
			connection.commit();
			return found;
		} catch (SQLException e) {
			throw new StoreException("cannot look up evaluation " + id + ": " + DerbyFailures.reason(e), e);
		}
	}

	private boolean exists(String id) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM EVALUATION WHERE ID = ?")) {
			query.setString(1, id);
			try (ResultSet row = query.executeQuery()) {
				return row.next();
			}
		}
	}

	@Override
	public void delete(String id) throws StoreException {
		inTransaction("delete " + id, () -> {
			try (PreparedStatement delete = connection.prepareStatement("DELETE FROM EVALUATION WHERE ID = ?")) {
				delete.setString(1, id);
				delete.executeUpdate();
			}
		}, null);
	}

	@Override
	public void close() throws StoreException {
		try {
			connection.rollback();
			connection.close();
		} catch (SQLException e) {
			throw new StoreException("cannot close the store: " + DerbyFailures.reason(e), e);
		}
		shutdown(directory);
	}

	/** @return true when {@code directory} holds a store created encrypted (so it needs its boot password) */
	public static boolean isEncrypted(Path directory) {
		Path service = directory.resolve(SERVICE_PROPERTIES);
		if (!Files.isRegularFile(service)) {
			return false;
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(service)) {
			properties.load(in);
		} catch (IOException e) {
			// Unreadable here means unreadable for Derby too: its boot will say why.
			return false;
		}
		return Boolean.parseBoolean(properties.getProperty("dataEncryption"));
	}

	/**
	 * Refuses a password Derby would refuse with a less clear message (under 8 characters), or
	 * could not be passed in its connection attributes (a ';' ends an attribute).
	 */
	private static void checkPassword(char[] password) throws StoreException {
		if (password.length < 8) {
			throw new StoreException("the store's boot password must have at least 8 characters");
		}
		for (char c : password) {
			if (c == ';') {
				throw new StoreException("the store's boot password cannot contain ';'");
			}
		}
	}

	/** @return the folder of the database */
	public Path directory() {
		return directory;
	}

	/** @return the schema version this code reads and writes */
	public static int schemaVersion() {
		return StoreSchema.CURRENT_VERSION;
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
			if (e instanceof StoreException refused) {
				throw refused;
			}
			throw new StoreException("cannot " + what + ": "
					+ (e instanceof SQLException sql ? DerbyFailures.reason(sql) : String.valueOf(e.getMessage())), e);
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
				throw new StoreException("cannot shut down the store: " + DerbyFailures.reason(e), e);
			}
		}
	}

	@FunctionalInterface
	private interface SqlWork {
		void run() throws SQLException, StoreException;
	}

	/** Picks the id to write under, inside the writing transaction. */
	@FunctionalInterface
	private interface IdChoice {
		String idFor(EvaluationColumns columns, byte[] document) throws SQLException, StoreException;
	}
}
