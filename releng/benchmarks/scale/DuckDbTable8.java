/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The register-scale benchmark's DuckDB side: what a user who knows SQL would do instead of the
 * product for Table 8. Loads {@code contracts.csv}, {@code beneficiaries.csv} and {@code claims.csv}
 * of an interchange folder into tables of an in-memory DuckDB database with {@code read_csv}, then
 * runs the GROUP BY behind Table 8 (authorized claims of year N by provider, category and month of
 * service_date: count and sum of amount_covered).
 *
 * <p>
 * {@code java -cp duckdb_jdbc.jar DuckDbTable8.java FOLDER YEAR}; prints the rows of each table, the
 * number of Table 8 cells and their total count and cost, as {@code key value} lines.
 */
public final class DuckDbTable8 {

	public static void main(String[] args) throws SQLException {
		Path folder = Path.of(args[0]).toAbsolutePath();
		int year = Integer.parseInt(args[1]);
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			for (String table : new String[] { "contracts", "beneficiaries", "claims" }) {
				String file = folder.resolve(table + ".csv").toString().replace("'", "''");
				statement.execute("CREATE TABLE " + table + " AS SELECT * FROM read_csv('" + file + "', header = true)");
				try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
					rows.next();
					System.out.println(table + " " + rows.getLong(1));
				}
			}
			long cells = 0;
			long count = 0;
			double cost = 0;
			try (ResultSet rows = statement.executeQuery("""
					SELECT provider, category, month(service_date) AS month, count(*) AS claims,
					       sum(amount_covered) AS cost
					FROM claims
					WHERE status = 'authorized' AND year(service_date) = %d
					GROUP BY provider, category, month
					ORDER BY provider, category, month""".formatted(year))) {
				while (rows.next()) {
					cells++;
					count += rows.getLong("claims");
					cost += rows.getDouble("cost");
				}
			}
			System.out.println("t8_cells " + cells);
			System.out.println("t8_count " + count);
			System.out.println(String.format(Locale.ROOT, "t8_cost %.2f", cost));
		}
	}
}
