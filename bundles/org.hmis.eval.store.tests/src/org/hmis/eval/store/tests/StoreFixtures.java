/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.tests;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;

/** Evaluations, stores and raw database connections the store tests share. */
final class StoreFixtures {

	private StoreFixtures() {
	}

	static Evaluation evaluation(String scheme, int year, String line, long amount) {
		ModelFactory factory = ModelFactory.eINSTANCE;
		Evaluation evaluation = factory.createEvaluation();
		evaluation.setTitle(scheme + " " + year);
		evaluation.setScheme(factory.createScheme());
		evaluation.getScheme().setName(scheme);
		AccountingYear accountingYear = factory.createAccountingYear();
		accountingYear.setYear(year);
		AccountLine accountLine = factory.createAccountLine();
		accountLine.setCode(line);
		accountLine.setAmount(BigDecimal.valueOf(amount));
		accountingYear.getAccountLines().add(accountLine);
		evaluation.getYears().add(accountingYear);
		return evaluation;
	}

	/**
	 * @return a connection (auto-commit) straight to the database in {@code store}, created when
	 *         missing; the store must not be open
	 */
	static Connection jdbc(Path store) throws SQLException {
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(store.toAbsolutePath().normalize().toString());
		if (!Files.exists(store)) {
			dataSource.setCreateDatabase("create");
		}
		return dataSource.getConnection();
	}

	/** Shuts down the database that {@link #jdbc} opened, so that the store may open it. */
	static void shutdown(Path store) {
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(store.toAbsolutePath().normalize().toString());
		dataSource.setShutdownDatabase("shutdown");
		try {
			dataSource.getConnection().close();
		} catch (SQLException expected) {
			// Derby ends every shutdown with an exception (08006); a real failure shows in the next open.
		}
	}

	/** Unzips a test resource into {@code folder}. */
	static void unzip(String resource, Path folder) throws IOException {
		try (InputStream in = StoreFixtures.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("test resource " + resource + " is missing from the bundle");
			}
			try (ZipInputStream zip = new ZipInputStream(in)) {
				for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
					Path target = folder.resolve(entry.getName()).normalize();
					if (!target.startsWith(folder)) {
						throw new IOException("zip entry outside the folder: " + entry.getName());
					}
					if (entry.isDirectory()) {
						Files.createDirectories(target);
					} else {
						Files.createDirectories(target.getParent());
						Files.copy(zip, target);
					}
				}
			}
		}
	}
}
