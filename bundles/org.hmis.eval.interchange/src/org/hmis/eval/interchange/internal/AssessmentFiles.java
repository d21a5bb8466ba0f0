/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.model.BudgetLine;
import org.hmis.eval.model.ContractAnalysisItem;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.LegalRecognitionStage;
import org.hmis.eval.model.ManagementTool;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.RoleAbbreviation;
import org.hmis.eval.model.RoleAssignment;
import org.hmis.eval.model.StatutoryObligation;
import org.hmis.eval.model.reference.ReferenceLists;

/**
 * Reads the qualitative tables, extensions of the interchange format described in
 * docs/interchange-extensions.md: Table 15 ({@code management_tools.csv}), Tables 12 and 13
 * ({@code budget.csv}), Tables 19a/19b ({@code role_tables.csv}, {@code role_abbreviations.csv}),
 * Table 20 ({@code contract_analysis.csv}), Table 21 ({@code legal_recognition.csv}) and Table 22
 * ({@code obligations.csv}).
 */
public final class AssessmentFiles {

	private static final ModelFactory F = ModelFactory.eINSTANCE;
	private static final Set<String> SHEETS = Set.of("budget", "cash_flow");
	private static final Set<String> COPIES = Set.of("theoretical", "actual");

	private AssessmentFiles() {
	}

	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		CsvTable.read(folder, "management_tools.csv", Set.of("year", "tool", "used"), Set.of("assessment"), problems)
				.ifPresent(table -> tools(table, evaluation));
		CsvTable.read(folder, "budget.csv", Set.of("year", "sheet", "line", "quarter"), Set.of("budgeted", "actual"),
				problems).ifPresent(table -> budget(table, evaluation));
		CsvTable.read(folder, "role_tables.csv", Set.of("copy", "function"),
				Set.of("structure", "actors", "uncertain", "remark"), problems).ifPresent(table -> roles(table, evaluation));
		CsvTable.read(folder, "role_abbreviations.csv", Set.of("abbreviation", "meaning"), Set.of(), problems)
				.ifPresent(table -> abbreviations(table, evaluation));
		CsvTable.read(folder, "contract_analysis.csv", Set.of("contract_group", "item", "covered"), Set.of("remark"),
				problems).ifPresent(table -> contracts(table, evaluation));
		CsvTable.read(folder, "legal_recognition.csv", Set.of("stage", "met"), Set.of("evidence"), problems)
				.ifPresent(table -> stages(table, evaluation));
		CsvTable.read(folder, "obligations.csv", Set.of("obligation"),
				Set.of("theoretical_interval", "actual_frequency", "compliant", "remark"), problems)
				.ifPresent(table -> obligations(table, evaluation));
	}

	private static void tools(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			Optional<String> tool = row.requiredText("tool");
			Optional<Boolean> used = row.requiredText("used").flatMap(text -> row.yesNo("used", false));
			if (year.isEmpty() || tool.isEmpty() || used.isEmpty()
					|| !keys.isNew(row, "tool " + tool.get() + " for " + year.get(), year.get(), tool.get())) {
				continue;
			}
			ManagementTool entry = F.createManagementTool();
			entry.setTool(tool.get());
			entry.setUsed(used.get());
			row.text("assessment").ifPresent(entry::setAssessment);
			YearIndex.yearOf(evaluation, year.get()).getManagementTools().add(entry);
		}
	}

	private static void budget(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<Integer> year = row.integer("year", YearIndex.FIRST_YEAR, YearIndex.LAST_YEAR, true);
			Optional<String> sheet = row.choice("sheet", SHEETS, null);
			Optional<String> line = row.requiredText("line");
			Optional<Integer> quarter = row.integer("quarter", 1, 4, true);
			Optional<BigDecimal> budgeted = row.amount("budgeted", false);
			Optional<BigDecimal> actual = row.amount("actual", false);
			if (year.isEmpty() || sheet.isEmpty() || line.isEmpty() || quarter.isEmpty()
					|| !keys.isNew(row, sheet.get() + " line '" + line.get() + "' of quarter " + quarter.get() + " for "
							+ year.get(), year.get(), sheet.get(), line.get(), quarter.get())) {
				continue;
			}
			BudgetLine entry = F.createBudgetLine();
			entry.setSheet(sheet.get());
			entry.setLine(line.get());
			entry.setQuarter(quarter.get());
			budgeted.ifPresent(entry::setBudgeted);
			actual.ifPresent(entry::setActual);
			YearIndex.yearOf(evaluation, year.get()).getBudgetLines().add(entry);
		}
	}

	private static void roles(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<String> copy = row.choice("copy", COPIES, null);
			Optional<String> function = row.requiredText("function");
			Optional<Boolean> uncertain = row.yesNo("uncertain", false);
			if (copy.isEmpty() || function.isEmpty() || uncertain.isEmpty()
					|| !keys.isNew(row, copy.get() + " role of '" + function.get() + "'", copy.get(), function.get())) {
				continue;
			}
			RoleAssignment entry = F.createRoleAssignment();
			entry.setCopy(copy.get());
			entry.setFunction(function.get());
			entry.setUncertain(uncertain.get());
			row.text("structure").ifPresent(entry::setStructure);
			row.text("actors").ifPresent(entry::setActors);
			row.text("remark").ifPresent(entry::setRemark);
			if (entry.isUncertain() && entry.getRemark() == null) {
				row.error("remark is empty: an uncertain role ('?') needs a remark saying why");
				continue;
			}
			evaluation.getRoleAssignments().add(entry);
		}
	}

	private static void abbreviations(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<String> abbreviation = row.requiredText("abbreviation");
			Optional<String> meaning = row.requiredText("meaning");
			if (abbreviation.isEmpty() || meaning.isEmpty()
					|| !keys.isNew(row, "abbreviation " + abbreviation.get(), abbreviation.get())) {
				continue;
			}
			RoleAbbreviation entry = F.createRoleAbbreviation();
			entry.setAbbreviation(abbreviation.get());
			entry.setMeaning(meaning.get());
			evaluation.getRoleAbbreviations().add(entry);
		}
	}

	private static void contracts(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<String> group = row.requiredText("contract_group");
			Optional<String> item = row.choice("item", Set.copyOf(ReferenceLists.codes(ReferenceLists.CONTRACT_ITEMS)), null);
			Optional<Boolean> covered = row.requiredText("covered").flatMap(text -> row.yesNo("covered", false));
			if (group.isEmpty() || item.isEmpty() || covered.isEmpty()
					|| !keys.isNew(row, "item " + item.get() + " of " + group.get(), group.get(), item.get())) {
				continue;
			}
			ContractAnalysisItem entry = F.createContractAnalysisItem();
			entry.setContractGroup(group.get());
			entry.setItem(item.get());
			entry.setCovered(covered.get());
			row.text("remark").ifPresent(entry::setRemark);
			evaluation.getContractAnalyses().add(entry);
		}
	}

	private static void stages(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<Integer> stage = row.integer("stage", 1, 5, true);
			Optional<Boolean> met = row.requiredText("met").flatMap(text -> row.yesNo("met", false));
			if (stage.isEmpty() || met.isEmpty() || !keys.isNew(row, "stage " + stage.get(), stage.get())) {
				continue;
			}
			LegalRecognitionStage entry = F.createLegalRecognitionStage();
			entry.setStage(stage.get());
			entry.setMet(met.get());
			row.text("evidence").ifPresent(entry::setEvidence);
			evaluation.getLegalRecognition().add(entry);
		}
	}

	private static void obligations(CsvTable table, Evaluation evaluation) {
		RowKeys keys = new RowKeys();
		for (CsvRow row : table.rows()) {
			Optional<String> obligation = row.requiredText("obligation");
			Optional<Boolean> compliant = row.yesNo("compliant", false);
			if (obligation.isEmpty() || compliant.isEmpty()
					|| !keys.isNew(row, "obligation '" + obligation.get() + "'", obligation.get())) {
				continue;
			}
			StatutoryObligation entry = F.createStatutoryObligation();
			entry.setObligation(obligation.get());
			entry.setCompliant(compliant.get());
			row.text("theoretical_interval").ifPresent(entry::setTheoreticalInterval);
			row.text("actual_frequency").ifPresent(entry::setActualFrequency);
			row.text("remark").ifPresent(entry::setRemark);
			evaluation.getObligations().add(entry);
		}
	}
}
