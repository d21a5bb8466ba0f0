/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.help;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The workbench's help presentation (extension point {@code org.eclipse.ui.helpSupport}): Help
 * Contents, F1 context help and help links all open the Help view. It stands in for Eclipse's
 * help web application, which needs a web server and a search index this product does without.
 */
public final class WorkbenchHelpUI extends AbstractHelpUI {

	/** Where {@code IWorkbenchHelpSystem.setHelp} keeps a control's context id. */
	private static final String HELP_KEY = "org.eclipse.ui.help";

	@Override
	public void displayHelp() {
		withView(view -> {
		});
	}

	@Override
	public void displaySearch() {
		displayHelp();
	}

	/** F1 (Show Contextual Help): the help of the part that has the focus, else the contents. */
	@Override
	public void displayDynamicHelp() {
		focusedContext().ifPresentOrElse(context -> displayContext(context, 0, 0), this::displayHelp);
	}

	@Override
	public void search(String expression) {
		displayHelp();
	}

	@Override
	public void displayContext(IContext context, int x, int y) {
		withView(view -> view.showContext(context));
	}

	@Override
	public void displayHelpResource(String href) {
		withView(view -> view.showTopic(href));
	}

	@Override
	public boolean isContextHelpDisplayed() {
		return false;
	}

	/** @return the context help of the focused control or its nearest parent that has one */
	private static Optional<IContext> focusedContext() {
		Display display = Display.getCurrent();
		for (Control control = display == null ? null : display.getFocusControl(); control != null; control = control
				.getParent()) {
			if (control.getData(HELP_KEY) instanceof String id) {
				return Optional.ofNullable(HelpSystem.getContext(id));
			}
		}
		return Optional.empty();
	}

	private static void withView(Consumer<HelpView> action) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return;
		}
		IWorkbenchPage page = window.getActivePage();
		try {
			action.accept((HelpView) page.showView(HelpView.ID));
		} catch (PartInitException e) {
			ILog.of(WorkbenchHelpUI.class).error("the Help view cannot be opened", e);
		}
	}
}
