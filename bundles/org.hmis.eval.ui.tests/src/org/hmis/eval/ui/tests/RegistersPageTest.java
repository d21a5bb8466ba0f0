/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.hmis.eval.model.BeneficiaryRole;
import org.hmis.eval.model.ClaimStatus;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.Sex;
import org.hmis.eval.model.registers.Amounts;
import org.hmis.eval.model.registers.BeneficiaryRow;
import org.hmis.eval.model.registers.ContractRow;
import org.hmis.eval.model.registers.Days;
import org.hmis.eval.model.registers.PaymentRow;
import org.hmis.eval.model.registers.Register;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.editor.EvaluationEditor;
import org.hmis.eval.ui.editor.EvaluationEditorInput;
import org.hmis.eval.ui.editor.RegistersPage;
import org.hmis.eval.ui.store.ImportEvaluationJob;
import org.hmis.eval.ui.store.WorkbenchStore;
import org.junit.jupiter.api.Test;

/**
 * The editor's Registers page: a million claims open as a virtual table whose item count is the
 * register's row count, of which only the rows on screen are ever given their texts; the small
 * registers show every kind of cell (ids, ISO dates, grouped amounts, labelled closed values, empty
 * optional values); an evaluation without registers shows empty tables.
 */
class RegistersPageTest {

	private static final int CLAIMS = 1_000_000;
	/** Rows a screen can show, with room for GTK's look-ahead: far fewer than a register's. */
	private static final int FEW_ITEMS = 300;
	private static final LocalDate JANUARY_FIRST = LocalDate.of(2024, 1, 1);

	@Test
	void aMillionClaimsOpenAsAVirtualTable() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Display display = window.getShell().getDisplay();
		window.getShell().setSize(1280, 800);
		IWorkbenchPage page = window.getActivePage();
		ImportEvaluationJob imported = TestJobs.importExample("sucura");
		String id = imported.importedId();
		Evaluation evaluation = WorkbenchStore.get().load(id);
		Registers registers = ModelFactory.eINSTANCE.createRegisters();
		registers.setTables(generated(CLAIMS));
		evaluation.setRegisters(registers);
		WorkbenchStore.get().save(id, evaluation);
		StoredEvaluation stored = WorkbenchStore.get().list().stream().filter(entry -> entry.id().equals(id))
				.findFirst().orElseThrow();
		EvaluationEditor editor = (EvaluationEditor) page.openEditor(new EvaluationEditorInput(stored), EvaluationEditor.ID);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		try {
			long start = System.nanoTime();
			editor.showRegisters();
			RegistersPage shown = editor.registersPage();
			shown.show(Register.CLAIMS);
			Table claims = shown.table(Register.CLAIMS);
			WorkbenchScreenshots.settle(display, 300);
			System.out.printf("Registers page: claims tab with %,d rows ready in %d ms%n", CLAIMS, (System.nanoTime() - start) / 1_000_000);

			assertEquals(CLAIMS, claims.getItemCount());
			assertEquals("Claims register: 1,000,000 rows, read-only (replaced as a whole by an import)",
					shown.countLine(Register.CLAIMS));
			assertEquals(List.of("Claim id", "Beneficiary id", "Provider", "Category", "Service date", "Status",
					"Amount covered", "Co-payment", "Decision date", "Paid to the provider", "Admission date",
					"Discharge date"), headers(claims));
			assertEquals(SWT.RIGHT, claims.getColumn(6).getAlignment(), "amounts are right-aligned");
			assertTrue(shown.filledItems(Register.CLAIMS) > 0, "the rows on screen were filled");
			assertTrue(shown.filledItems(Register.CLAIMS) < FEW_ITEMS,
					shown.filledItems(Register.CLAIMS) + " items filled on opening");

			claims.showItem(claims.getItem(0));
			assertEquals(List.of("C0000001", "B-1", "Health Centre X", "outpatient", "2024-01-01", "authorized",
					"1,000.50", "100.25", "2024-01-03", "", "", ""), texts(claims.getItem(0)));

			claims.setTopIndex(CLAIMS - 1);
			claims.showItem(claims.getItem(CLAIMS - 1));
			WorkbenchScreenshots.settle(display, 300);
			assertTrue(claims.getTopIndex() > CLAIMS - 100, "the table scrolled to its end: " + claims.getTopIndex());
			assertEquals(List.of("C1000000", "B-2", "Hospital Y", "hospitalization", "2024-12-31", "rejected",
					"1,234,567", "", "2025-01-02", "2025-01-10", "2024-12-30", "2025-01-01"),
					texts(claims.getItem(CLAIMS - 1)));
			assertTrue(shown.filledItems(Register.CLAIMS) < FEW_ITEMS,
					shown.filledItems(Register.CLAIMS) + " items filled after scrolling to the end");
			System.out.printf("Claims items filled: %d of %,d rows%n", shown.filledItems(Register.CLAIMS), CLAIMS);
			WorkbenchScreenshots.save(window.getShell(), "workbench-registers");

			shown.show(Register.CONTRACTS);
			Table contracts = shown.table(Register.CONTRACTS);
			assertEquals(2, contracts.getItemCount());
			assertEquals("Contracts register: 2 rows, read-only (replaced as a whole by an import)",
					shown.countLine(Register.CONTRACTS));
			assertEquals(List.of("Member id", "Start date", "End date", "Premium due", "Due date", "Membership type",
					"Membership unit", "Area", "Promoter", "Benefit plan"), headers(contracts));
			assertEquals(List.of("M-1", "2024-01-01", "2024-12-31", "12,000", "2024-01-15", "compulsory", "individual",
					"North", "Agent A", "Basic"), texts(contracts.getItem(0)));
			assertEquals(List.of("M-2", "2024-03-01", "2025-02-28", "6,000", "2024-03-01", "voluntary", "family", "",
					"", ""), texts(contracts.getItem(1)), "a due date not given is the start date; names not given are empty");

			shown.show(Register.BENEFICIARIES);
			Table beneficiaries = shown.table(Register.BENEFICIARIES);
			assertEquals(List.of("Beneficiary id", "Member id", "Role", "Sex", "Birth date", "Start date", "End date"),
					headers(beneficiaries));
			assertEquals(List.of("B-1", "M-1", "member", "F", "1980-05-17", "", ""), texts(beneficiaries.getItem(0)));
			assertEquals(List.of("B-2", "M-2", "dependent", "", "", "2024-03-01", "2025-02-28"),
					texts(beneficiaries.getItem(1)));

			shown.show(Register.PAYMENTS);
			Table payments = shown.table(Register.PAYMENTS);
			assertEquals("Premium payments register: 1 row, read-only (replaced as a whole by an import)",
					shown.countLine(Register.PAYMENTS));
			assertEquals(List.of("Member id", "Contract start", "Payment date", "Amount"), headers(payments));
			assertEquals(List.of("M-1", "2024-01-01", "2024-01-10", "12,000"), texts(payments.getItem(0)));
		} finally {
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
			long closing = System.nanoTime();
			page.closeEditor(editor, false);
			System.out.printf("Editor with %,d claims closed in %d ms%n", CLAIMS, (System.nanoTime() - closing) / 1_000_000);
			WorkbenchStore.get().delete(id);
		}
	}

	@Test
	void anEvaluationWithoutRegistersShowsEmptyTables() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ImportEvaluationJob imported = TestJobs.importExample("sucura");
		StoredEvaluation sucura = WorkbenchStore.get().list().stream()
				.filter(entry -> entry.id().equals(imported.importedId())).findFirst().orElseThrow();
		EvaluationEditor editor = (EvaluationEditor) page.openEditor(new EvaluationEditorInput(sucura), EvaluationEditor.ID);
		try {
			editor.showRegisters();
			RegistersPage shown = editor.registersPage();
			for (Register register : Register.values()) {
				shown.show(register);
				assertEquals(0, shown.table(register).getItemCount(), register.toString());
				assertTrue(shown.countLine(register).contains(": no rows, read-only"), shown.countLine(register));
			}
			assertEquals("Beneficiaries register: no rows, read-only (replaced as a whole by an import)",
					shown.countLine(Register.BENEFICIARIES));
			WorkbenchScreenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
					"workbench-registers-sucura");
		} finally {
			page.closeEditor(editor, false);
			WorkbenchStore.get().delete(sucura.id());
		}
	}

	/**
	 * Two contracts, two beneficiaries, one payment and {@code claims} claims, whose first and last
	 * rows fill every optional column one way or the other.
	 */
	private static RegisterTables generated(int claims) {
		RegisterTables.Builder builder = RegisterTables.builder();
		builder.add(new ContractRow("M-1", JANUARY_FIRST, LocalDate.of(2024, 12, 31), new BigDecimal("12000"),
				LocalDate.of(2024, 1, 15), MembershipType.COMPULSORY, MembershipUnit.INDIVIDUAL, "North", "Agent A", "Basic"));
		builder.add(ContractRow.of("M-2", LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28), new BigDecimal("6000")));
		builder.add(new BeneficiaryRow("B-1", "M-1", BeneficiaryRole.MEMBER, Sex.FEMALE, LocalDate.of(1980, 5, 17), null,
				null));
		builder.add(new BeneficiaryRow("B-2", "M-2", BeneficiaryRole.DEPENDENT, null, null, LocalDate.of(2024, 3, 1),
				LocalDate.of(2025, 2, 28)));
		builder.add(new PaymentRow("M-1", JANUARY_FIRST, LocalDate.of(2024, 1, 10), new BigDecimal("12000")));
		int[] beneficiaryIds = { builder.beneficiaryIds().add("B-1"), builder.beneficiaryIds().add("B-2") };
		int[] providers = { builder.providers().add("Health Centre X"), builder.providers().add("Hospital Y") };
		List<Integer> categories = new ArrayList<>();
		for (String category : List.of("outpatient", "medicines", "obstetrics", "hospitalization")) {
			categories.add(builder.categories().add(category));
		}
		int firstDay = Days.of(JANUARY_FIRST);
		for (int row = 0; row < claims; row++) {
			boolean last = row == claims - 1;
			int service = last ? Days.of(LocalDate.of(2024, 12, 31)) : firstDay + row % 366;
			long covered = last ? Amounts.of(new BigDecimal("1234567")) : Amounts.of(BigDecimal.valueOf(100_050 + row % 1000, 2));
			builder.claims().add(builder.claimIds().add(String.format("C%07d", row + 1)),
					beneficiaryIds[last ? 1 : row % 2], providers[last ? 1 : row % 2], categories.get(last ? 3 : row % 4),
					service, last ? ClaimStatus.REJECTED : ClaimStatus.AUTHORIZED, covered,
					last ? Amounts.NONE : Amounts.of(new BigDecimal("100.25")), service + 2,
					last ? service + 10 : Days.NONE, last ? service - 1 : Days.NONE, last ? service + 1 : Days.NONE);
		}
		return builder.build();
	}

	private static List<String> headers(Table table) {
		return Arrays.stream(table.getColumns()).map(TableColumn::getText).toList();
	}

	private static List<String> texts(TableItem item) {
		List<String> texts = new ArrayList<>();
		for (int column = 0; column < item.getParent().getColumnCount(); column++) {
			texts.add(item.getText(column));
		}
		return texts;
	}
}
