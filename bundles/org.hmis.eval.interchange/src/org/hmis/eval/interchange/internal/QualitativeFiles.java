/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.EntitlementTool;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.MembershipMixEntry;
import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;
import org.hmis.eval.model.ModelFactory;

/**
 * Reads two extensions of the interchange format (docs/interchange-extensions.md):
 * {@code membership_mix.csv} (beneficiaries by membership type and unit, for G.1) and
 * {@code entitlement_tools.csv} (scores of the entitlement verification tools, for T.4).
 */
public final class QualitativeFiles {

	public static final String MEMBERSHIP_MIX = "membership_mix.csv";
	public static final String ENTITLEMENT_TOOLS = "entitlement_tools.csv";


	private QualitativeFiles() {
	}

	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		CsvTable.read(folder, MEMBERSHIP_MIX, Set.of("year", "membership_type", "membership_unit", "beneficiaries"),
				Set.of(), problems).ifPresent(table -> readMix(table, evaluation));
		CsvTable.read(folder, ENTITLEMENT_TOOLS, Set.of("year", "tool", "score"), Set.of(), problems)
				.ifPresent(table -> readTools(table, evaluation));
	}

	private static void readMix(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			Optional<MembershipType> type = row.literal("membership_type", MembershipType.VALUES, null);
			Optional<MembershipUnit> unit = row.literal("membership_unit", MembershipUnit.VALUES, null);
			Optional<Long> beneficiaries = row.count("beneficiaries", true);
			if (year.isEmpty() || type.isEmpty() || unit.isEmpty() || beneficiaries.isEmpty() || !keys.isNew(row,
					type.get().getLiteral() + " " + unit.get().getLiteral() + " membership for " + year.get(), year.get(), type.get(), unit.get())) {
				continue;
			}
			MembershipMixEntry entry = ModelFactory.eINSTANCE.createMembershipMixEntry();
			entry.setMembershipType(type.get());
			entry.setMembershipUnit(unit.get());
			entry.setBeneficiaries(beneficiaries.get());
			YearIndex.yearOf(evaluation, year.get()).getMembershipMix().add(entry);
		}
	}

	private static void readTools(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			Optional<String> tool = row.requiredText("tool");
			Optional<Integer> score = row.integer("score", 0, 4, true);
			if (year.isEmpty() || tool.isEmpty() || score.isEmpty()
					|| !keys.isNew(row, "tool " + tool.get() + " for " + year.get(), year.get(), tool.get())) {
				continue;
			}
			EntitlementTool entry = ModelFactory.eINSTANCE.createEntitlementTool();
			entry.setTool(tool.get());
			entry.setScore(score.get());
			YearIndex.yearOf(evaluation, year.get()).getEntitlementTools().add(entry);
		}
	}
}
