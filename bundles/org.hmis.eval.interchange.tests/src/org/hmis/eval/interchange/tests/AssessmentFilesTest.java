/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.InterchangeExporter;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.reference.ReferenceLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables 12, 13, 15, 19a/19b, 20, 21 and 22: their files, rules, round trip and reference lists. */
class AssessmentFilesTest {

	@TempDir
	Path folder;

	@Test
	void qualitativeTablesSurviveARoundTrip() throws Exception {
		Files.writeString(folder.resolve("management_tools.csv"),
				"year,tool,used,assessment\n2006,cash_book,yes,updated daily\n2006,budget,no,\n");
		Files.writeString(folder.resolve("budget.csv"),
				"year,sheet,line,quarter,budgeted,actual\n2006,budget,premiums,1,300000,280000\n"
						+ "2006,cash_flow,claims paid,1,200000,230000\n");
		Files.writeString(folder.resolve("role_tables.csv"), """
				copy,function,structure,actors,uncertain,remark
				theoretical,decision.statutes,GA,,no,
				actual,executive.claims,BoD,TRE,yes,"the statutes name no one; the treasurer signs, per the minutes"
				""");
		Files.writeString(folder.resolve("role_abbreviations.csv"), "abbreviation,meaning\nGA,General assembly\nTRE,Treasurer\n");
		Files.writeString(folder.resolve("contract_analysis.csv"),
				"contract_group,item,covered,remark\nhospital,fees,yes,complete list\nhospital,disputes,no,\n");
		Files.writeString(folder.resolve("legal_recognition.csv"),
				"stage,met,evidence\n1,yes,law of 1998\n2,yes,statutes adopted 2003\n3,no,\n");
		Files.writeString(folder.resolve("obligations.csv"),
				"obligation,theoretical_interval,actual_frequency,compliant,remark\ngeneral_assembly,once a year,once in two years,no,none in 2005\n");
		Evaluation imported = InterchangeImporter.importFolder(folder).evaluation();
		assertEquals(2, imported.getRoleAssignments().size());
		assertEquals(3, imported.getLegalRecognition().size());
		assertEquals(2, imported.getYears().get(0).getBudgetLines().size());
		Path exported = folder.resolve("out");
		InterchangeExporter.exportFolder(imported, exported);
		assertTrue(EcoreUtil.equals(imported, InterchangeImporter.importFolder(exported).evaluation()));
	}

	@Test
	void brokenRowsAreRefusedWithFileAndLine() throws Exception {
		Files.writeString(folder.resolve("budget.csv"), "year,sheet,line,quarter,budgeted\n2006,forecast,premiums,5,-3\n");
		Files.writeString(folder.resolve("role_tables.csv"), "copy,function,uncertain\nactual,executive.claims,yes\n");
		Files.writeString(folder.resolve("contract_analysis.csv"), "contract_group,item,covered\nhospital,parking,yes\n");
		Files.writeString(folder.resolve("legal_recognition.csv"), "stage,met\n6,yes\n");
		ImportException refused = assertThrows(ImportException.class, () -> InterchangeImporter.importFolder(folder));
		List<String> problems = refused.problems().stream().map(ImportProblem::toString).toList();
		assertTrue(problems.contains("budget.csv:2:2: sheet must be one of budget, cash_flow: 'forecast'"), problems.toString());
		assertTrue(problems.contains("budget.csv:2:4: quarter must be between 1 and 4: 5"), problems.toString());
		assertTrue(problems.contains("budget.csv:2:5: budgeted must not be negative: -3"), problems.toString());
		assertTrue(problems.contains(
				"role_tables.csv:2: remark is empty: an uncertain role ('?') needs a remark saying why"), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("contract_analysis.csv:2:2: item must be one of")), problems.toString());
		assertTrue(problems.contains("legal_recognition.csv:2:1: stage must be between 1 and 5: 6"), problems.toString());
	}

	@Test
	void referenceListsAreInEnglishAndFrench() {
		assertEquals(5, ReferenceLists.codes(ReferenceLists.STAGES).size());
		assertEquals(12, ReferenceLists.codes(ReferenceLists.CONTRACT_ITEMS).size());
		for (String list : List.of(ReferenceLists.TOOLS, ReferenceLists.FUNCTIONS, ReferenceLists.CONTRACT_ITEMS,
				ReferenceLists.STAGES, ReferenceLists.OBLIGATIONS)) {
			for (String code : ReferenceLists.codes(list)) {
				assertTrue(ReferenceLists.label(list, code, Locale.FRENCH).isPresent(), list + "." + code);
				assertTrue(ReferenceLists.label(list, code, Locale.ENGLISH).isPresent(), list + "." + code);
			}
		}
		assertEquals("Tarifs", ReferenceLists.label(ReferenceLists.CONTRACT_ITEMS, "fees", Locale.FRENCH).orElseThrow());
	}
}
