/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.hmis.eval.ui.Messages;
import org.hmis.eval.ui.handlers.ReplaceDialog;
import org.hmis.eval.ui.store.ImportEvaluationJob;
import org.hmis.eval.ui.store.ReplaceQuestion;
import org.hmis.eval.ui.store.WorkbenchStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import Interchange Folder (and Import Workbook) over a stored evaluation of the same scheme
 * and years: the workbench asks in a dialog naming the stored one, and replaces it only on Yes. The dialog is
 * saved as {@code target/screenshots/workbench-replace.png}.
 */
class ReplaceDialogTest {

	private static final long TIMEOUT = 60_000;

	@TempDir
	Path folder;

	@Test
	void importOverAStoredEvaluationAsksAndReplacesOnYes() throws Exception {
		String name = "replace" + System.nanoTime();
		Path scheme = folder.resolve(name);
		Files.createDirectories(scheme);
		Files.copy(Path.of(System.getProperty("hmis.examples"), "vimo", "accounts.csv"), scheme.resolve("accounts.csv"));
		Files.writeString(scheme.resolve("scheme.csv"), "key,value\nname,Mutuelle " + name + "\ncurrency,FCFA\n");
		ImportEvaluationJob first = TestJobs.run(new ImportEvaluationJob(scheme, ReplaceQuestion.NEVER));
		assertEquals(name, first.importedId(), first.getResult().toString());
		Files.writeString(scheme.resolve("scheme.csv"), "key,value\nname,Mutuelle " + name + "\ncurrency,XOF\n");

		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Display display = window.getShell().getDisplay();
		// The dialog runs its own event loop: the answer is given from inside it, by a timer.
		StringBuilder shown = new StringBuilder();
		boolean[] stopped = { false };
		Runnable answer = new Runnable() {
			@Override
			public void run() {
				Optional<Shell> dialog = dialog(display);
				if (dialog.isEmpty()) {
					if (!stopped[0]) {
						display.timerExec(100, this);
					}
					return;
				}
				shown.append(texts(dialog.get()));
				try {
					WorkbenchScreenshots.save(dialog.get(), "workbench-replace");
				} catch (Exception e) {
					shown.append("screenshot failed: ").append(e);
				}
				button(dialog.get(), IDialogConstants.YES_LABEL).orElseThrow()
						.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			}
		};
		try {
			display.timerExec(100, answer);
			// The handler's question, in a system job: a user job's progress dialog would take the focus.
			ImportEvaluationJob second = new ImportEvaluationJob(scheme, new ReplaceDialog(window.getShell(), scheme));
			second.setUser(false);
			second.schedule();
			WorkbenchScreenshots.waitUntil(display, () -> second.getResult() != null, TIMEOUT, "the import to end");
			assertTrue(shown.toString().contains("Mutuelle " + name + " 2006"), shown.toString());
			assertTrue(shown.toString().contains(System.getProperty("user.name")), shown.toString());
			assertTrue(second.getResult().isOK(), second.getResult().toString());
			assertEquals(name, second.importedId());
			assertEquals("XOF", WorkbenchStore.get().load(name).getScheme().getCurrency());
		} finally {
			stopped[0] = true;
			window.getShell().forceActive();
			WorkbenchScreenshots.settle(display, 200);
			WorkbenchStore.get().delete(name);
		}
	}

	private static Optional<Shell> dialog(Display display) {
		return Arrays.stream(display.getShells())
				.filter(shell -> !shell.isDisposed() && Messages.ImportEvaluationJob_replaceTitle.equals(shell.getText()))
				.findFirst();
	}

	private static String texts(Composite parent) {
		StringBuilder text = new StringBuilder();
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				text.append(label.getText()).append('\n');
			} else if (child instanceof Composite composite) {
				text.append(texts(composite));
			}
		}
		return text.toString();
	}

	private static Optional<Button> button(Composite parent, String label) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && label.equals(button.getText())) {
				return Optional.of(button);
			}
			if (child instanceof Composite composite) {
				Optional<Button> found = button(composite, label);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}
}
