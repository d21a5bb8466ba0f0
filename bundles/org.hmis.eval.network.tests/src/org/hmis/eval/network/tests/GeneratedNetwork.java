/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small generated network of three levels: a federation, two unions and five mutuals, with
 * figures that differ from mutual to mutual (so that an average of ratios would not pass for the
 * ratio of the sums). m2 moves from union u1 to union u2 in 2006; m3 enters its charges on claims as
 * the subtotal G alone; m4 keeps no accounts, only Table 7, Table 8 and Table 5.
 */
final class GeneratedNetwork {

	static final int YEAR = 2006;

	private static final String[] INCOME_LINES = { "A", "B", "D", "E", "f1", "h1", "h2", "h3", "h4", "h5", "h6", "i1",
			"i2", "k1", "S" };
	private static final String[] CLAIM_LINES = { "g1", "g2", "g3", "g4" };
	private static final String[] BALANCE_LINES = { "1", "2", "3", "4", "5", "6", "8", "9", "10", "11", "12", "13",
			"16", "17", "18" };

	private GeneratedNetwork() {
	}

	static void write(Path folder) {
		NetworkFolders.network(folder, "fed,Federation of the region,federation,,Kayes,,Mali,,",
				"u1,Union of Kayes district,union,fed,Kayes,Kayes,Mali,,",
				"u2,Union of Kita district,union,fed,Kayes,Kita,Mali,,",
				"m1,Mutual 1,mutual,u1,Kayes,Kayes,Mali,,", "m2,Mutual 2,mutual,u1,Kayes,Kayes,Mali,,2005",
				"m2,Mutual 2,mutual,u2,Kayes,Kita,Mali,2006,", "m3,Mutual 3,mutual,u2,Kayes,Kita,Mali,,",
				"m4,Mutual 4,mutual,u2,Kayes,Kita,Mali,,", "m5,Mutual 5,mutual,u1,Kayes,Kayes,Mali,,");
		for (int k = 1; k <= 5; k++) {
			mutual(folder.resolve("m" + k), k);
		}
	}

	private static void mutual(Path folder, int k) {
		NetworkFolders.write(folder.resolve("scheme.csv"), "key,value", "name,Mutual " + k, "currency,XOF",
				"enrolment,open");
		if (k != 4) {
			accounts(folder, k);
		}
		List<String> months = new ArrayList<>(List.of("year,month,X1,X2,X,Y1,Y2,Y,Z1,Z2,Z3,dependents"));
		long members = 100L * k;
		for (int year = YEAR - 1; year <= YEAR; year++) {
			for (int month = 1; month <= 12; month++) {
				long in = k * 3L + month % 4;
				long out = month % 3;
				members += in - out;
				months.add(String.join(",", String.valueOf(year), String.valueOf(month), String.valueOf(in),
						String.valueOf(out), String.valueOf(members), String.valueOf(5 * in), String.valueOf(5 * out),
						String.valueOf(5 * members), String.valueOf(5 * members), "0", "0", String.valueOf(4 * members)));
			}
		}
		NetworkFolders.write(folder.resolve("monthly_beneficiaries.csv"), months.toArray(String[]::new));
		List<String> claims = new ArrayList<>(List.of("year,month,provider,category,count,cost"));
		for (int month = 1; month <= 12; month++) {
			// A provider of its own, and the district hospital every mutual shares.
			claims.add(YEAR + "," + month + ",Health Centre " + k + ",outpatient," + (k + month) + "," + 900 * k * (k + month));
			claims.add(YEAR + "," + month + ",Health Centre " + k + ",medicines," + (2 * k + month) + "," + 400 * (2 * k + month));
			claims.add(YEAR + "," + month + ",District Hospital,hospitalization," + k + "," + 25000 * k * k);
		}
		NetworkFolders.write(folder.resolve("claims_listing.csv"), claims.toArray(String[]::new));
		NetworkFolders.write(folder.resolve("population.csv"), "year,area_population,target_population",
				YEAR + "," + 12000 * k + "," + (1500 * k + 700 * k * k));
	}

	private static void accounts(Path folder, int k) {
		List<String> lines = new ArrayList<>(List.of("year,line,amount"));
		for (int year = YEAR - 1; year <= YEAR; year++) {
			int index = 0;
			for (String line : INCOME_LINES) {
				lines.add(year + "," + line + "," + amount(k, year, index++));
			}
			if (k == 3) {
				lines.add(year + ",G," + 3 * amount(k, year, 99));
			} else {
				for (String line : CLAIM_LINES) {
					lines.add(year + "," + line + "," + amount(k, year, index++) * k);
				}
			}
			for (String line : BALANCE_LINES) {
				lines.add(year + "," + line + "," + amount(k, year, index++));
			}
		}
		NetworkFolders.write(folder.resolve("accounts.csv"), lines.toArray(String[]::new));
	}

	/** @return a figure that differs by mutual, year and line, large enough for premiums to exceed the rest */
	private static long amount(int k, int year, int index) {
		long base = index == 0 ? 4_000_000L * k * k : 10_000L * (index + 1) * (k + 1);
		return base + 1_000L * (year - 2000) * k;
	}
}
