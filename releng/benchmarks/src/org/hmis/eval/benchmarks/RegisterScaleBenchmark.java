/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.functional.internal.FunctionalIndicators;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.sheets.MembershipFigures;

/**
 * A district-size scheme kept as registers (a commune mutual grows into a district union): M
 * members with annual contracts over 2004 to 2006, about half with a dependant, and three claims
 * per member a year. Times the import of the four register files (all the cross-file rules) and the
 * derivations of spec section 3: Table 7 and Table 8 of 2006 and family M (growth, renewal, areas,
 * collection), which reads the registers several times. Median of the rounds after one warm-up.
 *
 * usage: RegisterScaleBenchmark <members> <rounds> <work folder>
 */
public final class RegisterScaleBenchmark {

	private RegisterScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int members = Integer.parseInt(args[0]);
		int rounds = Integer.parseInt(args[1]);
		Path folder = Path.of(args[2]).resolve("registers");
		long rows = write(folder, members, new Random(20061231L));
		List<Long> importTimes = new ArrayList<>();
		List<Long> sheetTimes = new ArrayList<>();
		List<Long> familyTimes = new ArrayList<>();
		int computable = 0;
		for (int round = 0; round <= rounds; round++) {
			long start = System.nanoTime();
			Evaluation evaluation = InterchangeImporter.importFolder(folder).evaluation();
			long imported = System.nanoTime();
			MembershipFigures figures = new MembershipFigures(evaluation);
			long claims = figures.sheets(2006).claims().totalCount(
					new org.hmis.eval.sheets.SheetRowKey(org.hmis.eval.sheets.SheetRowKey.ALL, org.hmis.eval.sheets.SheetRowKey.ALL));
			figures.members(2006).orElseThrow();
			long sheets = System.nanoTime();
			computable = 0;
			for (IndicatorResult result : new FunctionalIndicators().compute(new ComputationContext(evaluation, 2006))) {
				computable += result.isComputable() ? 1 : 0;
			}
			long family = System.nanoTime();
			if (round > 0 && claims > 0) {
				importTimes.add(imported - start);
				sheetTimes.add(sheets - imported);
				familyTimes.add(family - sheets);
			}
		}
		System.out.printf(Locale.ROOT, "members: %d, register rows: %d, rounds: %d (after 1 warm-up), computable M codes: %d%n",
				members, rows, rounds, computable);
		System.out.printf(Locale.ROOT, "| phase | median per round (ms) |%n|---|---|%n");
		report("import the four registers", importTimes);
		report("derive Tables 7 and 8 of 2006", sheetTimes);
		report("compute family M for 2006", familyTimes);
	}

	private static long write(Path folder, int members, Random random) throws IOException {
		Files.createDirectories(folder);
		long rows = 0;
		try (BufferedWriter contracts = Files.newBufferedWriter(folder.resolve("contracts.csv"), StandardCharsets.UTF_8);
				BufferedWriter beneficiaries = Files.newBufferedWriter(folder.resolve("beneficiaries.csv"), StandardCharsets.UTF_8);
				BufferedWriter payments = Files.newBufferedWriter(folder.resolve("payments.csv"), StandardCharsets.UTF_8);
				BufferedWriter claims = Files.newBufferedWriter(folder.resolve("claims.csv"), StandardCharsets.UTF_8)) {
			contracts.write("member_id,start_date,end_date,premium_due,area\n");
			beneficiaries.write("beneficiary_id,member_id,role,sex,birth_date\n");
			payments.write("member_id,contract_start,payment_date,amount\n");
			claims.write("claim_id,beneficiary_id,provider,category,service_date,status,amount_covered\n");
			String[] categories = { "outpatient", "medicines", "obstetrics", "hospitalization" };
			long claimId = 0;
			for (int m = 1; m <= members; m++) {
				int month = 1 + random.nextInt(12);
				String area = "commune-" + (m % 40);
				int first = 2004 + random.nextInt(2);
				for (int year = first; year <= 2006; year++) {
					if (year > first && random.nextInt(10) == 0) {
						break; // about one member in ten lapses each year
					}
					String start = String.format(Locale.ROOT, "%d-%02d-01", year, month);
					String end = java.time.LocalDate.parse(start).plusYears(1).minusDays(1).toString();
					contracts.write("M" + m + "," + start + "," + end + ",1000," + area + "\n");
					payments.write("M" + m + "," + start + "," + start + ",1000\n");
					rows += 2;
					for (int c = 0; c < 3; c++) {
						String date = java.time.LocalDate.parse(start).plusDays(random.nextInt(365)).toString();
						claims.write("C" + (++claimId) + ",B" + m + ",Health Centre " + (m % 12) + ","
								+ categories[random.nextInt(categories.length)] + "," + date + ",authorized,"
								+ (500 + random.nextInt(5000)) + "\n");
						rows++;
					}
				}
				beneficiaries.write("B" + m + ",M" + m + ",member," + (m % 2 == 0 ? "F" : "M") + ",1975-06-01\n");
				rows++;
				if (random.nextBoolean()) {
					beneficiaries.write("D" + m + ",M" + m + ",dependent,F,2001-03-15\n");
					rows++;
				}
			}
		}
		return rows;
	}

	private static void report(String phase, List<Long> nanos) {
		List<Long> sorted = nanos.stream().sorted().toList();
		System.out.printf(Locale.ROOT, "| %s | %.1f |%n", phase, sorted.get(sorted.size() / 2) / 1e6);
	}
}
