/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.editor;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.hmis.eval.ui.Messages;

/**
 * Undo or Redo on an editor's EMF command stack, bound to the workbench's Edit menu entries. The
 * label names the command it would undo or redo; the action is disabled when there is none.
 */
final class CommandStackAction extends Action implements CommandStackListener {

	private final CommandStack stack;
	private final boolean undo;

	private CommandStackAction(CommandStack stack, boolean undo) {
		this.stack = stack;
		this.undo = undo;
		stack.addCommandStackListener(this);
		update();
	}

	static CommandStackAction undo(CommandStack stack) {
		return new CommandStackAction(stack, true);
	}

	static CommandStackAction redo(CommandStack stack) {
		return new CommandStackAction(stack, false);
	}

	@Override
	public void run() {
		if (undo) {
			stack.undo();
		} else {
			stack.redo();
		}
	}

	@Override
	public void commandStackChanged(EventObject event) {
		update();
	}

	void dispose() {
		stack.removeCommandStackListener(this);
	}

	private void update() {
		Command next = undo ? stack.getUndoCommand() : stack.getRedoCommand();
		setEnabled(undo ? stack.canUndo() : stack.canRedo());
		String label = next == null || next.getLabel() == null ? "" : next.getLabel();
		setText(NLS.bind(undo ? Messages.EvaluationEditor_undo : Messages.EvaluationEditor_redo, label));
	}
}
