/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance.waemu.tests;

import java.nio.file.Path;

import org.hmis.eval.testing.ExampleFolders;

/**
 * Interchange folders for the WAEMU rules: VIMO's 2006 accounts (the guide's example, F.1 = 4.9,
 * F.2 = 216 %, F.3.2 = 5.2 months, F.4.1 = 0.30, F.5 = 75 %) moved to 2012 and to Mali, with
 * 1,300 members, accessory activities of 20,000 on both sides of the income statement (so the
 * result is unchanged), and the Tables 21 and 22 of each scenario.
 */
final class WaemuScenarios {

	static final int YEAR = 2012;

	private WaemuScenarios() {
	}

	/** @return VIMO in Mali in 2012, without Tables 21 and 22 */
	static Path base(Path folder) {
		ExampleFolders.copy("vimo", folder);
		ExampleFolders.moveYear(folder, "accounts.csv", 2006, YEAR);
		ExampleFolders.moveYear(folder, "hidden_costs.csv", 2006, YEAR);
		ExampleFolders.setKey(folder, "scheme.csv", "country", "Mali");
		ExampleFolders.replaceRow(folder, "accounts.csv", YEAR + ",k1,", YEAR + ",k1,20000");
		ExampleFolders.replaceRow(folder, "accounts.csv", YEAR + ",f2,", YEAR + ",f2,20000");
		ExampleFolders.writeRows(folder, "membership_averages.csv",
				"year,members,beneficiaries,dependents,members_old_areas,members_new_areas", YEAR + ",1300,3900,2600,1300,0");
		return folder;
	}

	/** Every stage reached, every obligation met as often as required. */
	static Path compliant(Path folder) {
		base(folder);
		stages(folder, "yes");
		ExampleFolders.writeRows(folder, "obligations.csv", "obligation,theoretical_interval,actual_frequency,compliant,remark",
				"general_assembly,once a year,once a year,yes,",
				"board_meetings,quarterly,monthly,yes,the committee meets every month",
				"officer_elections,every 3 years,every 3 years,yes,",
				"authority_reporting,once a year,une fois par an,yes,",
				"accounts_approval,once a year,annual,yes,",
				"supervisory_report,once a year,once a year,yes,",
				"separate_accounts,,,yes,accessory activities in their own accounts");
		return folder;
	}

	/** No stage reached, every obligation fulfilled less often than required. */
	static Path failing(Path folder) {
		base(folder);
		stages(folder, "no");
		ExampleFolders.writeRows(folder, "obligations.csv", "obligation,theoretical_interval,actual_frequency,compliant,remark",
				"general_assembly,once a year,never,no,",
				"board_meetings,quarterly,once a year,no,",
				"officer_elections,every 3 years,never,no,",
				"authority_reporting,once a year,never,no,",
				"accounts_approval,once a year,every 2 years,no,",
				"supervisory_report,once a year,never,no,",
				"separate_accounts,,,no,accessory income mixed with premiums");
		return folder;
	}

	/** Thresholds under which every prudential figure of the base passes. */
	static Path lenientThresholds(Path file) {
		return thresholds(file, 1, 3, 100, 1, 35, 80, 200);
	}

	/** Thresholds under which every prudential figure of the base fails. */
	static Path strictThresholds(Path file) {
		return thresholds(file, 2, 6, 250, 5, 25, 70, 2000);
	}

	private static Path thresholds(Path file, int assemblies, int months, int equity, int liquidity, int costs, int claims,
			int members) {
		ExampleFolders.writeRows(file.getParent(), file.getFileName().toString(),
				"pack,threshold,country,from_year,value,note",
				"waemu,general_assembly_per_year_min,ML,2009," + assemblies + ",test",
				"waemu,reserve_cover_months_min,ML,2011," + months + ",test",
				"waemu,equity_to_liabilities_min,*,2011," + equity + ",test",
				"waemu,liquidity_ratio_min,*,2011," + liquidity + ",test",
				"waemu,management_cost_ratio_max,*,2011," + costs + ",test",
				"waemu,claims_ratio_max,*,2011," + claims + ",test",
				"waemu,members_min,*,2011," + members + ",test");
		return file;
	}

	private static void stages(Path folder, String met) {
		ExampleFolders.writeRows(folder, "legal_recognition.csv", "stage,met,evidence", "1," + met + ",",
				"2," + met + ",statutes", "3," + met + ",deposit slip", "4," + met + ",registration number",
				"5," + met + ",approval decision");
	}
}
