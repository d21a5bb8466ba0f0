/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.app;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the main window. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.hmis.eval.app.messages";

	public static String Window_title;
	public static String Menu_file;
	public static String Menu_edit;
	public static String Menu_window;
	public static String Menu_help;
	public static String Action_exit;
	public static String Action_preferences;
	public static String Action_helpContents;
	public static String Action_contextHelp;
	public static String Action_about;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
