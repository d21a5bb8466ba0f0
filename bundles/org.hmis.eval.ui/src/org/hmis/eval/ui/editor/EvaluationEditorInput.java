/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.editor;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.hmis.eval.store.StoredEvaluation;

/** An evaluation of the workbench store, opened in an editor; two inputs are equal by store id. */
public final class EvaluationEditorInput implements IEditorInput {

	private final StoredEvaluation stored;

	public EvaluationEditorInput(StoredEvaluation stored) {
		this.stored = Objects.requireNonNull(stored, "stored");
	}

	public StoredEvaluation stored() {
		return stored;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return stored.title() != null ? stored.title() : stored.id();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return stored.schemeName() + " (" + stored.id() + ")";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EvaluationEditorInput input && input.stored.id().equals(stored.id());
	}

	@Override
	public int hashCode() {
		return stored.id().hashCode();
	}
}
