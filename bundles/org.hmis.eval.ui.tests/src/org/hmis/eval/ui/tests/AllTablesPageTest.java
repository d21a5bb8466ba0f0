/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.hmis.eval.model.Provider;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.editor.EvaluationEditor;
import org.hmis.eval.ui.editor.EvaluationEditorInput;
import org.hmis.eval.ui.editor.ModelPage;
import org.hmis.eval.ui.editor.PropertyRow;
import org.hmis.eval.ui.store.ImportEvaluationJob;
import org.hmis.eval.ui.store.WorkbenchStore;
import org.junit.jupiter.api.Test;

/**
 * The editor's All Tables page on a fresh copy of the Sucura example: a property set, a provider
 * added and deleted, each undone and redone through the editor's command stack, then saved.
 */
class AllTablesPageTest {

	@Test
	void everyTableIsEditableWithUndoAndSave() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Display display = window.getShell().getDisplay();
		window.getShell().setSize(1280, 800);
		IWorkbenchPage page = window.getActivePage();
		ImportEvaluationJob imported = TestJobs.importExample("sucura");
		StoredEvaluation sucura = WorkbenchStore.get().list().stream()
				.filter(stored -> stored.id().equals(imported.importedId())).findFirst().orElseThrow();
		EvaluationEditor editor = (EvaluationEditor) page.openEditor(new EvaluationEditorInput(sucura), EvaluationEditor.ID);
		try {
			editor.showAllTables();
			ModelPage tables = editor.modelPage();
			Scheme scheme = editor.evaluation().getScheme();
			tables.select(scheme);
			PropertyRow country = row(tables, "Country");
			assertEquals("", country.valueText());
			tables.set(country, "Mali");
			assertEquals("Mali", scheme.getCountry());
			assertEquals("Mali", row(tables, "Country").valueText(), "the page shows the new value");
			assertTrue(editor.isDirty());
			editor.commandStack().undo();
			assertNull(scheme.getCountry());
			editor.commandStack().redo();
			assertEquals("Mali", scheme.getCountry());

			List<Command> children = tables.newChildCommands(scheme);
			Command addProvider = children.stream().filter(command -> command.getLabel().contains("Provider"))
					.findFirst().orElseThrow(() -> new AssertionError("no New > Provider in " + labels(children)));
			editor.commandStack().execute(addProvider);
			assertEquals(3, scheme.getProviders().size());
			Provider clinic = scheme.getProviders().get(2);
			tables.select(clinic);
			assertEquals("yes", row(tables, "Contracted").valueText(), "a new provider is under contract by default");
			tables.set(row(tables, "Name"), "Clinic Z");
			tables.set(row(tables, "Offered Categories"), List.of("outpatient", "medicines"));
			assertEquals("outpatient; medicines", row(tables, "Offered Categories").valueText());
			WorkbenchScreenshots.settle(display, 300);
			WorkbenchScreenshots.save(window.getShell(), "workbench-all-tables");

			tables.delete(scheme.getProviders().get(0));
			assertEquals(List.of("Hospital Y", "Clinic Z"), names(scheme));
			editor.commandStack().undo();
			assertEquals(List.of("Health Centre X", "Hospital Y", "Clinic Z"), names(scheme));

			editor.doSave(null);
			assertFalse(editor.isDirty());
			Scheme saved = WorkbenchStore.get().load(sucura.id()).getScheme();
			assertEquals("Mali", saved.getCountry());
			assertEquals(List.of("Health Centre X", "Hospital Y", "Clinic Z"), names(saved));
			assertEquals(List.of("outpatient", "medicines"), saved.getProviders().get(2).getOfferedCategories());
		} finally {
			page.closeEditor(editor, false);
			WorkbenchStore.get().delete(sucura.id());
		}
	}

	private static PropertyRow row(ModelPage tables, String name) {
		return tables.rows().stream().filter(row -> row.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not in " + tables.rows().stream().map(PropertyRow::name).toList()));
	}

	private static List<String> names(Scheme scheme) {
		return scheme.getProviders().stream().map(Provider::getName).toList();
	}

	private static List<String> labels(List<Command> commands) {
		return commands.stream().map(Command::getLabel).toList();
	}
}
