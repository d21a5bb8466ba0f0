/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.MembershipAverages;
import org.hmis.eval.model.ModelFactory;

/**
 * Reads {@code membership_averages.csv}, an extension of the interchange format (see
 * docs/interchange-extensions.md): annual averages of members, beneficiaries and dependents for
 * years without a monthly sheet, and the split of members between old and new areas.
 */
public final class MembershipAveragesFile {

	public static final String NAME = "membership_averages.csv";

	private MembershipAveragesFile() {
	}

	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		CsvTable.read(folder, NAME, Set.of("year"),
				Set.of("members", "beneficiaries", "dependents", "members_old_areas", "members_new_areas"), problems)
				.ifPresent(table -> readRows(table, evaluation));
	}

	private static void readRows(CsvTable table, Evaluation evaluation) {
		RowKeys years = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			MembershipAverages averages = ModelFactory.eINSTANCE.createMembershipAverages();
			row.amount("members", false).ifPresent(averages::setMembers);
			row.amount("beneficiaries", false).ifPresent(averages::setBeneficiaries);
			row.amount("dependents", false).ifPresent(averages::setDependents);
			row.amount("members_old_areas", false).ifPresent(averages::setMembersOldAreas);
			row.amount("members_new_areas", false).ifPresent(averages::setMembersNewAreas);
			if (year.isPresent() && years.isNew(row, "year " + year.get(), year.get())) {
				YearIndex.yearOf(evaluation, year.get()).setMembershipAverages(averages);
			}
		}
	}
}
