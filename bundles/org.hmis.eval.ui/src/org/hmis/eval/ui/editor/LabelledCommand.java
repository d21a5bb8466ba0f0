/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;

/** Gives an EMF command the name the user sees in Edit > Undo and Edit > Redo. */
final class LabelledCommand extends CommandWrapper {

	LabelledCommand(Command command, String label) {
		super(label, label, command);
	}
}
