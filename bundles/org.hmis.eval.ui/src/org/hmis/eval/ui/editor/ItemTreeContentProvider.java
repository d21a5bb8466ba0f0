/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.editor;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The evaluation as a tree, as the model's generated item providers describe it (children are the
 * containment features they list). EMF's own JFace adapters live in edit.ui, which Maven Central
 * does not carry; this is the small part of them the editor needs.
 */
final class ItemTreeContentProvider implements ITreeContentProvider {

	private final AdapterFactory factory;

	ItemTreeContentProvider(AdapterFactory factory) {
		this.factory = factory;
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Object[] roots ? roots : getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		return provider(parent).map(p -> p.getChildren(parent)).map(Collection::toArray).orElse(new Object[0]);
	}

	@Override
	public Object getParent(Object element) {
		return provider(element).map(p -> p.getParent(element)).orElse(null);
	}

	@Override
	public boolean hasChildren(Object element) {
		return provider(element).map(p -> p.hasChildren(element)).orElse(false);
	}

	private java.util.Optional<ITreeItemContentProvider> provider(Object element) {
		return java.util.Optional.ofNullable((ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class));
	}
}
