/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

/** Runs several validators on each object; the object is valid when every one accepts it. */
final class ComposedValidator implements EValidator {

	private final List<EValidator> validators;

	ComposedValidator(EValidator... validators) {
		this.validators = List.of(validators);
	}

	@Override
	public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(object.eClass(), object, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		for (EValidator validator : validators) {
			valid &= validator.validate(eClass, object, diagnostics, context);
		}
		return valid;
	}

	@Override
	public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		for (EValidator validator : validators) {
			valid &= validator.validate(dataType, value, diagnostics, context);
		}
		return valid;
	}
}
