/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.views.EvaluationsView;
import org.hmis.eval.ui.views.IndicatorsView;
import org.junit.jupiter.api.Test;

/**
 * Opens the real workbench (the product's application, under Xvfb in CI), selects the VIMO example
 * the store was seeded with, and checks what the Indicators view shows; the window is saved as
 * {@code target/screenshots/workbench-vimo.png} for a person to look at.
 */
class IndicatorsViewTest {

	private static final long TIMEOUT = 120_000;

	@Test
	void selectingVimoShowsItsClaimsRatioWithFormulaAndInputs() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Display display = window.getShell().getDisplay();
		window.getShell().setSize(1280, 800);
		IWorkbenchPage page = window.getActivePage();
		EvaluationsView evaluations = (EvaluationsView) page.showView(EvaluationsView.ID);
		IndicatorsView indicators = (IndicatorsView) page.showView(IndicatorsView.ID);

		WorkbenchScreenshots.waitUntil(display, () -> vimo(evaluations) != null, TIMEOUT,
				"the seeded VIMO example in the Evaluations view");
		evaluations.viewer().setSelection(new StructuredSelection(vimo(evaluations)), true);
		// The view may still show the evaluation selected first; wait for VIMO's own results.
		WorkbenchScreenshots.waitUntil(display,
				() -> indicators.getContentDescription().startsWith("VIMO, accounting year 2006")
						&& row(indicators.viewer().getTable(), "F.5") != null,
				TIMEOUT, "VIMO's F.5 in the Indicators view");

		TableItem f5 = row(indicators.viewer().getTable(), "F.5");
		assertEquals("Claims ratio", f5.getText(1));
		assertEquals("75.0 %", f5.getText(2));
		assertEquals("G / C x 100", f5.getText(3));
		assertTrue(f5.getText(4).contains("G = 900,000") && f5.getText(4).contains("C = 1,200,000"), f5.getText(4));

		int all = indicators.viewer().getTable().getItemCount();
		indicators.setComputableOnly(true);
		assertTrue(indicators.viewer().getTable().getItemCount() < all, "the filter hides what cannot be computed");
		assertTrue(row(indicators.viewer().getTable(), "F.5") != null);
		Path screenshot = WorkbenchScreenshots.save(window.getShell(), "workbench-vimo");
		indicators.setComputableOnly(false);
		assertTrue(Files.size(screenshot) > 10_000, "screenshot looks empty: " + screenshot);
	}

	private static StoredEvaluation vimo(EvaluationsView view) {
		Object input = view.viewer().getInput();
		if (!(input instanceof List<?> list)) {
			return null;
		}
		return list.stream().map(StoredEvaluation.class::cast).filter(e -> "VIMO".equals(e.schemeName())).findFirst()
				.orElse(null);
	}

	private static TableItem row(Table table, String code) {
		return Arrays.stream(table.getItems()).filter(item -> code.equals(item.getText(0))).findFirst().orElse(null);
	}
}
