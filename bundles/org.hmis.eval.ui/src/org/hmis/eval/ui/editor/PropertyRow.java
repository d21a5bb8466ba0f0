/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.hmis.eval.ui.Messages;

/**
 * One property of a model object, as its item provider describes it: the name, the value shown, and
 * the text an evaluator types to change it.
 *
 * @param owner the object
 * @param descriptor the item provider's descriptor of the property
 */
public record PropertyRow(EObject owner, IItemPropertyDescriptor descriptor) {

	public String name() {
		return descriptor.getDisplayName(owner);
	}

	public EStructuralFeature feature() {
		return (EStructuralFeature) descriptor.getFeature(owner);
	}

	public String valueText() {
		Object value = owner.eGet(feature());
		if (value == null) {
			return "";
		}
		if (feature().isMany()) {
			return String.join("; ", ((List<?>) value).stream().map(this::text).toList());
		}
		return text(value);
	}

	public boolean isEditable() {
		return descriptor.canSetProperty(owner) && feature() instanceof EAttribute;
	}

	/** @return the choices of an enumeration or a yes/no property, or null for free text */
	List<?> choices() {
		if (feature().isMany()) {
			return null;
		}
		Class<?> type = feature().getEType().getInstanceClass();
		if (type == boolean.class || type == Boolean.class) {
			return List.of(Boolean.TRUE, Boolean.FALSE);
		}
		java.util.Collection<?> choices = descriptor.getChoiceOfValues(owner);
		return choices == null || choices.isEmpty() ? null : List.copyOf(choices);
	}

	/** @return how a value (or a choice) is shown */
	String text(Object value) {
		if (value instanceof Boolean yes) {
			return yes ? Messages.EvaluationEditor_yes : Messages.EvaluationEditor_no;
		}
		if (feature() instanceof EAttribute attribute && !(value instanceof Enum<?>)) {
			String literal = EcoreUtil.convertToString(attribute.getEAttributeType(), value);
			if (literal != null) {
				return literal;
			}
		}
		IItemLabelProvider label = descriptor.getLabelProvider(owner);
		return label == null ? String.valueOf(value) : label.getText(value);
	}
}
