/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.hmis.eval.ui.help.HelpContexts;
import org.hmis.eval.ui.help.HelpNode;
import org.hmis.eval.ui.help.HelpView;
import org.hmis.eval.ui.help.RenderedTopic;
import org.hmis.eval.ui.help.RenderedTopic.Emphasis;
import org.hmis.eval.ui.help.RenderedTopic.Span;
import org.hmis.eval.ui.help.TopicContent;
import org.hmis.eval.ui.help.TopicRenderer;
import org.hmis.eval.ui.views.EvaluationsView;
import org.junit.jupiter.api.Test;

/**
 * The user guide: its topics rendered as styled text in English and French, and the Help view
 * opened the way a user opens it (Help Contents, a help link, F1 on a view), in the real workbench.
 */
class HelpViewTest {

	private static final String OVERVIEW = "/org.hmis.eval.help/html/overview.html";

	@Test
	void topicsRenderWithTheirHeadingsListsAndEmphasis() {
		RenderedTopic overview = TopicContent.render(OVERVIEW, Locale.ENGLISH).orElseThrow();
		assertTrue(overview.text().startsWith("Getting started\n\n"), overview.text());
		assertEquals(new Span(0, "Getting started".length(), Emphasis.TITLE), overview.spans().get(0));
		assertTrue(overview.text().contains("\n1. Collect the scheme's statutes"), overview.text());
		assertTrue(overview.text().contains("\n6. Hand over the dossier"), overview.text());
		assertTrue(emphasised(overview, Emphasis.STRONG).contains("File > Export Blank Workbook"));
		assertTrue(emphasised(overview, Emphasis.HEADING).contains("Worked examples"));

		RenderedTopic french = TopicContent.render(OVERVIEW, Locale.FRENCH).orElseThrow();
		assertTrue(french.text().startsWith("Premiers pas\n\n"), french.text());
		assertTrue(emphasised(french, Emphasis.STRONG).contains("Fichier > Exporter un classeur vierge"));
	}

	@Test
	void tablesKeepTheirCellsApart() {
		RenderedTopic cli = TopicContent.render("/org.hmis.eval.help/html/cli.html", Locale.ENGLISH).orElseThrow();
		assertTrue(cli.text().contains("Command\tWhat it does\n"), cli.text());
		assertTrue(cli.text().contains("hmis-eval validate EVALUATION\tlists the problems"), cli.text());
	}

	@Test
	void aTopicWithADocumentTypeIsRefused() {
		String hostile = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<html><body><p>&x;</p></body></html>";
		assertThrows(IOException.class,
				() -> TopicRenderer.render(new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void helpContentsHelpLinksAndF1OpenTheHelpView() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Display display = window.getShell().getDisplay();
		window.getShell().setSize(1280, 800);

		PlatformUI.getWorkbench().getHelpSystem().displayHelp();
		HelpView view = (HelpView) window.getActivePage().findView(HelpView.ID);
		assertNotNull(view, "Help Contents opens the Help view");
		List<HelpNode> roots = view.roots();
		assertEquals("HMIS Evaluator User Guide", roots.get(0).label());
		assertEquals(8, roots.get(0).children().size());
		assertTrue(view.shownText().startsWith("Getting started"),
				"shown: '" + view.shownText() + "', root href " + roots.get(0).href() + ", first topic "
						+ roots.get(0).children().get(0).href());

		HelpNode reference = roots.get(roots.size() - 1);
		assertEquals("Indicator reference", reference.label());
		HelpNode financial = reference.children().stream().filter(node -> node.label().startsWith("F ")).findFirst()
				.orElseThrow();
		String financialPage = financial.render(Locale.ENGLISH).orElseThrow().text();
		assertTrue(financialPage.contains("F.5 Claims ratio") && financialPage.contains("G / C x 100"), financialPage);

		PlatformUI.getWorkbench().getHelpSystem().displayHelpResource("/org.hmis.eval.help/html/validation.html");
		assertTrue(view.shownText().startsWith("Checking an evaluation"), view.shownText());

		IContext context = HelpSystem.getContext(HelpContexts.INDICATORS_VIEW);
		assertNotNull(context, "the Indicators view has context help");
		PlatformUI.getWorkbench().getHelpSystem().displayHelp(context);
		assertTrue(view.shownText().contains("formula") && view.shownText().contains("Reading the indicators"),
				view.shownText());

		// F1 (Show Contextual Help) on the Evaluations view shows that view's help.
		EvaluationsView evaluations = (EvaluationsView) window.getActivePage().showView(EvaluationsView.ID);
		evaluations.viewer().getControl().setFocus();
		PlatformUI.getWorkbench().getHelpSystem().displayDynamicHelp();
		assertTrue(view.shownText().startsWith("The evaluations kept in the store"), view.shownText());

		PlatformUI.getWorkbench().getHelpSystem().displayHelpResource("/org.hmis.eval.help/html/indicators.html");
		WorkbenchScreenshots.settle(display, 500);
		Path screenshot = WorkbenchScreenshots.save(window.getShell(), "workbench-help");
		assertTrue(Files.size(screenshot) > 10_000, "screenshot looks empty: " + screenshot);
	}

	private static String emphasised(RenderedTopic topic, Emphasis emphasis) {
		StringBuilder parts = new StringBuilder();
		for (Span span : topic.spans()) {
			if (span.emphasis() == emphasis) {
				parts.append(topic.text(), span.start(), span.start() + span.length()).append('|');
			}
		}
		return parts.toString();
	}
}
