/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The menus of the main window, made of the workbench's standard actions. */
final class EvaluationActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction exit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction preferences;
	private IWorkbenchAction helpContents;
	private IWorkbenchAction contextHelp;
	private IWorkbenchAction about;

	EvaluationActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		exit = register(ActionFactory.QUIT.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		helpContents = register(ActionFactory.HELP_CONTENTS.create(window));
		// Registering it gives F1 its handler: the help of the part that has the focus.
		contextHelp = register(ActionFactory.DYNAMIC_HELP.create(window));
		about = register(ActionFactory.ABOUT.create(window));
		// The platform's own labels come from language packs that Maven Central does not carry.
		exit.setText(Messages.Action_exit);
		preferences.setText(Messages.Action_preferences);
		helpContents.setText(Messages.Action_helpContents);
		contextHelp.setText(Messages.Action_contextHelp);
		about.setText(Messages.Action_about);
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		// Commands contributed through org.eclipse.ui.menus (Import...) go to the additions group.
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(exit);
		MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(undo);
		edit.add(redo);
		MenuManager window = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		window.add(preferences);
		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(helpContents);
		help.add(contextHelp);
		help.add(new Separator());
		help.add(about);
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(window);
		menuBar.add(help);
	}
}
