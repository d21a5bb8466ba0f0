/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.hmis.eval.model.accounts.AccountLines;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.editor.EvaluationEditor;
import org.hmis.eval.ui.editor.EvaluationEditorInput;
import org.hmis.eval.ui.store.WorkbenchStore;
import org.junit.jupiter.api.Test;

/** The accounts editor: every edit is an EMF command that Undo and Redo replay, and Save stores it. */
class EvaluationEditorTest {

	@Test
	void editingLineAUpdatesTheSubtotalsAndCanBeUndoneRedoneAndSaved() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Display display = window.getShell().getDisplay();
		IWorkbenchPage page = window.getActivePage();
		StoredEvaluation vimo = WorkbenchStore.get().list().stream().filter(e -> "VIMO".equals(e.schemeName()))
				.findFirst().orElseThrow();
		EvaluationEditor editor = (EvaluationEditor) page.openEditor(new EvaluationEditorInput(vimo), EvaluationEditor.ID);
		try {
			assertEquals(2006, editor.selectedYear().getYear());
			assertAmount(1_200_000, editor.shownAmount("C"));

			editor.setAmount("A", Optional.of(BigDecimal.valueOf(1_400_000)));
			assertAmount(1_300_000, editor.shownAmount("C"));
			assertTrue(editor.isDirty());
			assertEquals("Set line A (2006)", editor.commandStack().getUndoCommand().getLabel());
			WorkbenchScreenshots.settle(display, 300);
			WorkbenchScreenshots.save(window.getShell(), "workbench-editor");

			editor.commandStack().undo();
			assertAmount(1_200_000, editor.shownAmount("C"));
			assertFalse(editor.isDirty(), "undoing every edit makes the editor clean again");

			editor.commandStack().redo();
			assertAmount(1_300_000, editor.shownAmount("C"));
			editor.doSave(null);
			assertFalse(editor.isDirty());
			assertAmount(1_300_000, AccountLines.of(WorkbenchStore.get().load(vimo.id()).getYears().get(0)).line("C")
					.map(v -> v.amount()));

			editor.setAmount("A", Optional.of(BigDecimal.valueOf(1_300_000)));
			editor.doSave(null);
			assertAmount(1_200_000, AccountLines.of(WorkbenchStore.get().load(vimo.id()).getYears().get(0)).line("C")
					.map(v -> v.amount()));
		} finally {
			page.closeEditor(editor, false);
		}
	}

	private static void assertAmount(long expected, Optional<BigDecimal> actual) {
		assertEquals(0, BigDecimal.valueOf(expected).compareTo(actual.orElseThrow()), "got " + actual);
	}
}
