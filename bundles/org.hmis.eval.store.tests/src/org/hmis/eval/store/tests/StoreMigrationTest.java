/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.hmis.eval.store.EvaluationIdentity;
import org.hmis.eval.store.StoreException;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.store.derby.DerbyEvaluationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores made by earlier versions open and are migrated in one transaction; a store made by a
 * newer version is refused. {@code store-v1.zip} was made by {@code hmis-eval import
 * examples/vimo} and {@code examples/sucura} with the code before the store had versions.
 */
class StoreMigrationTest {

	@TempDir
	Path folder;

	@Test
	void storeMadeBeforeVersionsOpensMigratedWithItsEvaluationsAndTheirColumns() throws Exception {
		StoreFixtures.unzip("/resources/store-v1.zip", folder);
		Path database = folder.resolve("store");
		assertEquals(1, version(database), "the resource is a store of version 1");
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(database)) {
			List<StoredEvaluation> listed = store.list();
			assertEquals(List.of("sucura", "vimo"), listed.stream().map(StoredEvaluation::id).sorted().toList());
			StoredEvaluation vimo = listed.stream().filter(e -> e.id().equals("vimo")).findFirst().orElseThrow();
			assertEquals(new EvaluationIdentity("VIMO", List.of(2006)), vimo.identity());
			assertNull(vimo.savedBy(), "who saved it before version 2 is not known");
			assertEquals("VIMO", store.load("vimo").getScheme().getName());
			StoredEvaluation sucura = listed.stream().filter(e -> e.id().equals("sucura")).findFirst().orElseThrow();
			assertEquals("Sucura", sucura.identity().scheme());
			assertFalse(sucura.identity().years().isEmpty(), sucura.toString());
			assertEquals(2, store.load("sucura").getScheme().getProviders().size(), "the document is read whole");
		}
		assertEquals(DerbyEvaluationStore.schemaVersion(), version(database));
	}

	@Test
	void failedMigrationLeavesTheStoreAtItsOldVersion() throws Exception {
		Path database = folder.resolve("store");
		try (Connection connection = StoreFixtures.jdbc(database.toAbsolutePath())) {
			// Version 1 as the code before versions made it, holding a document that cannot be read.
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("CREATE TABLE EVALUATION (ID VARCHAR(200) NOT NULL PRIMARY KEY, "
						+ "SCHEME_NAME VARCHAR(400), TITLE VARCHAR(400), SAVED_AT TIMESTAMP NOT NULL, DOCUMENT BLOB NOT NULL)");
				statement.executeUpdate("INSERT INTO EVALUATION VALUES ('broken', 'X', 'X', CURRENT_TIMESTAMP, "
						+ "CAST(X'3C6E6F742D786D693E' AS BLOB))");
			}
		}
		StoreFixtures.shutdown(database);
		StoreException refused = assertThrows(StoreException.class, () -> DerbyEvaluationStore.open(database));
		assertTrue(refused.getMessage().contains("broken"), refused.getMessage());
		assertEquals(1, version(database));
		try (Connection connection = StoreFixtures.jdbc(database);
				ResultSet columns = connection.getMetaData().getColumns(null, null, "EVALUATION", "SAVED_BY")) {
			assertFalse(columns.next(), "no column of version 2 left behind");
		} finally {
			StoreFixtures.shutdown(database);
		}
	}

	@Test
	void storeOfANewerVersionIsRefusedWithTheReason() throws Exception {
		Path database = folder.resolve("store");
		DerbyEvaluationStore.open(database).close();
		try (Connection connection = StoreFixtures.jdbc(database); Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE SCHEMA_VERSION SET VERSION = 99");
		} finally {
			StoreFixtures.shutdown(database);
		}
		StoreException refused = assertThrows(StoreException.class, () -> DerbyEvaluationStore.open(database));
		assertTrue(refused.getMessage().contains("newer version of HMIS Evaluator"), refused.getMessage());
		assertTrue(refused.getMessage().contains("99"), refused.getMessage());
		assertEquals(99, version(database), "the newer store is left untouched");
	}

	/** @return the schema version of the closed store in {@code database}: 1 when it has none recorded */
	private static int version(Path database) throws SQLException {
		try (Connection connection = StoreFixtures.jdbc(database)) {
			try (ResultSet table = connection.getMetaData().getTables(null, null, "SCHEMA_VERSION", null)) {
				if (!table.next()) {
					return 1;
				}
			}
			try (Statement statement = connection.createStatement();
					ResultSet row = statement.executeQuery("SELECT VERSION FROM SCHEMA_VERSION")) {
				assertTrue(row.next());
				return row.getInt(1);
			}
		} finally {
			StoreFixtures.shutdown(database);
		}
	}
}
