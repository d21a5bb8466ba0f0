/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.handlers;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.hmis.eval.store.StoredEvaluation;
import org.hmis.eval.ui.Messages;
import org.hmis.eval.ui.store.ReplaceQuestion;

/** Asks the user, in a dialog on the UI thread, whether an import replaces the stored evaluation. */
public final class ReplaceDialog implements ReplaceQuestion {

	private final Shell shell;
	private final Path source;

	public ReplaceDialog(Shell shell, Path source) {
		this.shell = shell;
		this.source = source;
	}

	@Override
	public boolean replace(StoredEvaluation existing) {
		if (shell == null || shell.isDisposed()) {
			return false;
		}
		String savedAt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault())
				.format(existing.savedAt());
		String savedBy = existing.savedBy() != null ? existing.savedBy() : Messages.ImportEvaluationJob_unknownUser;
		String question = NLS.bind(Messages.ImportEvaluationJob_replaceQuestion,
				new Object[] { (existing.identity().scheme() + " " + existing.identity().yearsText()).strip(), savedAt,
						savedBy, source });
		AtomicBoolean replace = new AtomicBoolean();
		shell.getDisplay().syncExec(() -> replace.set(!shell.isDisposed()
				&& MessageDialog.openQuestion(shell, Messages.ImportEvaluationJob_replaceTitle, question)));
		return replace.get();
	}
}
