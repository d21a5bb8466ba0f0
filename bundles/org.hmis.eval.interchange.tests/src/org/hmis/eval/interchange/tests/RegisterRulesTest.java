/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.InterchangeExporter;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;
import org.hmis.eval.model.registers.ContractRow;
import org.hmis.eval.model.registers.RegisterTables;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register files of the interchange format: every broken-rule class of the specification, and a round trip. */
class RegisterRulesTest {

	@TempDir
	Path folder;

	@Test
	void everyBrokenRuleClassIsRefusedWithFileAndLine() throws Exception {
		Files.writeString(folder.resolve("contracts.csv"), """
				member_id,start_date,end_date,premium_due
				M1,2006-01-01,2006-12-31,1000
				M2,2006-03-01,2006-02-28,1000
				M3,2006-01-01,2006-12-31,-5
				M4,2006-02-30,2007-02-28,1000
				M5,2006-01-01,2006-12-31,ten
				M1,2006-01-01,2006-06-30,500
				M6,1899-12-31,2006-12-31,1000
				""");
		Files.writeString(folder.resolve("beneficiaries.csv"), """
				beneficiary_id,member_id,role
				B1,M1,member
				B2,M9,dependent
				B1,M1,dependent
				B3,M1,cousin
				""");
		Files.writeString(folder.resolve("payments.csv"), """
				member_id,contract_start,payment_date,amount
				M1,2006-01-01,2006-01-05,1000
				M1,2006-02-01,2006-02-05,1000
				""");
		Files.writeString(folder.resolve("claims.csv"), """
				claim_id,beneficiary_id,provider,category,service_date,status,amount_covered,admission_date,discharge_date
				C1,B1,Hospital Y,hospitalization,2006-03-02,authorized,4000,2006-03-02,2006-03-01
				C2,B7,Hospital Y,medicines,2006-03-02,authorized,400,,
				C3,B1,Hospital Y,medicines,2006-03-02,paid,400,,
				""");
		ImportException refused = assertThrows(ImportException.class, () -> InterchangeImporter.importFolder(folder));
		assertEquals(List.of(
				"beneficiaries.csv:3:2: beneficiary B2: member M9 has no contract",
				"beneficiaries.csv:4:1: beneficiary B1 is registered twice",
				"beneficiaries.csv:5:3: role must be one of dependent, member: 'cousin'",
				"claims.csv:2:9: claim C1 (stay) ends (2006-03-01) before it starts (2006-03-02)",
				"claims.csv:3:2: claim C2: beneficiary B7 is not registered",
				"claims.csv:4:6: status must be one of authorized, pending, rejected: 'paid'",
				"contracts.csv:3:3: contract of member M2 starting 2006-03-01 ends (2006-02-28) before it starts (2006-03-01)",
				"contracts.csv:4:4: premium_due must not be negative: -5",
				"contracts.csv:5:2: start_date is not a date of the calendar: '2006-02-30'",
				"contracts.csv:6:4: premium_due is not a number: 'ten'",
				"contracts.csv:7:2: two contracts of member M1 starting 2006-01-01",
				"contracts.csv:8:2: start_date is outside 1900-2100: 1899-12-31",
				"payments.csv:3:2: payment for an unknown contract of member M1 starting 2006-02-01"),
				refused.problems().stream().map(ImportProblem::toString).toList());
	}

	@Test
	void table16RowsOutsideTheReferenceListAreRefused() throws Exception {
		Files.writeString(folder.resolve("risk_portfolio.csv"), """
				year,service,covered,copayment_pct,payment_mechanism
				2006,acute.services.curative_consultations,yes,20,per_case
				2006,acute.services.massage,yes,20,per_case
				2006,surgery.services.appendectomy,yes,120,per_case
				2006,surgery.services.other,yes,20,barter
				2006,acute.services.curative_consultations,no,,
				""");
		ImportException refused = assertThrows(ImportException.class, () -> InterchangeImporter.importFolder(folder));
		assertEquals(List.of(
				"risk_portfolio.csv:3:2: unknown service: 'acute.services.massage' is not in the reference list of Table 16",
				"risk_portfolio.csv:4:4: copayment_pct must be between 0 and 100: 120",
				"risk_portfolio.csv:5:5: payment_mechanism must be one of capitation, fee_for_service, per_case, per_day: 'barter'",
				"risk_portfolio.csv:6: duplicate year 2006, service acute.services.curative_consultations (first given on line 2)"),
				refused.problems().stream().map(ImportProblem::toString).toList());
	}

	@Test
	void checklistAnswersOutsideTheCatalogAreRefused() throws Exception {
		Files.writeString(folder.resolve("checklists.csv"), """
				year,checklist,item,met,remark
				2006,T.1.1,1,yes,leaflets seen
				2006,T.1.1,4,yes,
				2006,T.99,1,yes,
				2006,T.1.1,2,maybe,
				2006,T.1.1,1,no,
				""");
		ImportException refused = assertThrows(ImportException.class, () -> InterchangeImporter.importFolder(folder));
		assertEquals(List.of("checklists.csv:3:3: item must be between 1 and 3: 4",
				"checklists.csv:4:2: unknown checklist: 'T.99' (known: T.1.1, T.1.2, T.1.3, T.2.1, T.2.2, T.3.single, "
						+ "T.3.instalments, T.5.1, T.5.2, T.6, T.7, T.8, H.1, F.8, F.9)",
				"checklists.csv:5:4: met must be yes or no: 'maybe'",
				"checklists.csv:6: duplicate year 2006, checklist T.1.1, item 1 (first given on line 2)"),
				refused.problems().stream().map(ImportProblem::toString).toList());
	}

	/**
	 * Registers and aggregated sheets for the same year: the registers win and the differences are
	 * warnings. One member covered all 2006 and one from July: X is 1 then 2, premiums due 2,000,
	 * earned 1,000 + 500.
	 */
	@Test
	void registersWinOverTheSheetsAndDifferencesAreWarnings() throws Exception {
		Files.writeString(folder.resolve("contracts.csv"), """
				member_id,start_date,end_date,premium_due
				M1,2006-01-01,2006-12-31,1000
				M2,2006-07-01,2007-06-30,1000
				""");
		Files.writeString(folder.resolve("monthly_beneficiaries.csv"), "year,month,X\n2006,1,1\n2006,8,3\n");
		Files.writeString(folder.resolve("accounts.csv"), "year,line,amount\n2006,A,2000\n2006,B,400\n");
		var result = InterchangeImporter.importFolder(folder);
		assertEquals(List.of(
				"monthly_beneficiaries.csv: 2006, month 8: the registers give X = 2 and Y = 0, the sheet X = 3 and Y = null; "
						+ "Table 7 is taken from the registers",
				"accounts.csv: 2006: Table 1, line C (C = A - B) is 1600, the premiums earned from the contracts 1500.00"),
				result.warnings().stream().map(ImportProblem::toString).toList());
	}

	@Test
	void registersSurviveAnExportAndReimport() throws Exception {
		Files.writeString(folder.resolve("contracts.csv"), """
				member_id,start_date,end_date,premium_due,membership_type,area
				M1,2006-01-01,2006-12-31,1000,voluntary,North
				M2,2006-07-01,2007-06-30,1000.50,compulsory,South
				""");
		Files.writeString(folder.resolve("beneficiaries.csv"), """
				beneficiary_id,member_id,role,sex,birth_date
				B1,M1,member,F,1970-05-01
				B2,M1,dependent,M,2003-01-15
				B3,M2,member,M,
				""");
		Files.writeString(folder.resolve("payments.csv"), """
				member_id,contract_start,payment_date,amount
				M1,2006-01-01,2006-01-05,1000
				""");
		Files.writeString(folder.resolve("claims.csv"), """
				claim_id,beneficiary_id,provider,category,service_date,status,amount_covered,copayment
				C1,B2,Health Centre X,outpatient,2006-02-10,authorized,4000,1000
				""");
		Evaluation imported = InterchangeImporter.importFolder(folder).evaluation();
		RegisterTables registers = imported.getRegisters().getTables();
		assertEquals(2, registers.contracts().size());
		assertEquals(LocalDate.of(2006, 7, 1), ContractRow.of(registers, 1).dueDate(),
				"the due date defaults to the start date");
		assertEquals(MembershipUnit.FAMILY, ContractRow.of(registers, 0).membershipUnit(), "the unit defaults to family");
		assertEquals(MembershipType.COMPULSORY, ContractRow.of(registers, 1).membershipType());
		assertEquals(0, new BigDecimal("1000.50").compareTo(ContractRow.of(registers, 1).premiumDue()));
		Path exported = folder.resolve("exported");
		InterchangeExporter.exportFolder(imported, exported);
		Evaluation reimported = InterchangeImporter.importFolder(exported).evaluation();
		assertEquals(true, EcoreUtil.equals(imported.getRegisters(), reimported.getRegisters()));
	}
}
