/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes interchange folders of made-up schemes: a profile and a full set of Table 1 and 2 lines
 * for three years, with amounts drawn around the VIMO example's orders of magnitude.
 */
final class SyntheticSchemes {

	private static final String[] ENTERED = { "A", "B", "D", "E", "f1", "f2", "g1", "g2", "g3", "g4", "h1", "h2",
			"h3", "h4", "h5", "h6", "i1", "i2", "k1", "k2", "S", "1", "2", "3", "4", "5", "6", "8", "9", "10", "11",
			"12", "13", "16", "17", "18", "12.providers", "12.members", "training_expenses" };

	private SyntheticSchemes() {
	}

	static List<Path> write(Path root, int count, Random random) throws IOException {
		List<Path> folders = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Path folder = root.resolve(String.format("scheme-%05d", i));
			Files.createDirectories(folder);
			Files.writeString(folder.resolve("scheme.csv"), "key,value\nname,Mutuelle " + i
					+ "\ncountry,Mali\ncurrency,FCFA\nfirst_year_of_operation,2001\npayment_system,third_party\n");
			StringBuilder accounts = new StringBuilder("year,line,amount\n");
			for (int year = 2004; year <= 2006; year++) {
				for (String line : ENTERED) {
					accounts.append(year).append(',').append(line).append(',').append(random.nextInt(1_500_000))
							.append('\n');
				}
			}
			Files.writeString(folder.resolve("accounts.csv"), accounts);
			Files.writeString(folder.resolve("hidden_costs.csv"),
					"year,activity,estimated_cost,included,training\n2006,Training of managers,100000,yes,yes\n");
			folders.add(folder);
		}
		return folders;
	}
}
