/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.editor;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons of model objects from their item providers; icons are freed with the provider. */
final class ItemLabels extends LabelProvider {

	private final AdapterFactory factory;
	private final ResourceManager images;

	ItemLabels(AdapterFactory factory, ResourceManager parent) {
		this.factory = factory;
		this.images = new LocalResourceManager(parent);
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
		return provider == null ? String.valueOf(element) : provider.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
		Object image = provider == null ? null : provider.getImage(element);
		return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
