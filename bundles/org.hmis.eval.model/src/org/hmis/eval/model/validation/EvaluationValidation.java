/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelPackage;

/**
 * Checks an evaluation: EMF's own constraints (required features...) and the guide's rules of
 * {@link EvaluationRules}. The validators are composed in a registry of this class's own, so the
 * global EMF registry is left alone.
 */
public final class EvaluationValidation {

	private EvaluationValidation() {
	}

	/** @return the diagnostic tree of the evaluation, with the guide's rules worded in English */
	public static Diagnostic validate(Evaluation evaluation) {
		return validate(evaluation, Locale.ENGLISH);
	}

	/** @return the diagnostic tree of the evaluation, with the guide's rules worded in {@code locale} */
	public static Diagnostic validate(Evaluation evaluation, Locale locale) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(ModelPackage.eINSTANCE, new ComposedValidator(new EObjectValidator(), new EvaluationRules(locale)));
		return new Diagnostician(registry).validate(evaluation);
	}

	/** @return the problems (warnings and errors) of the evaluation, leaves of the diagnostic tree */
	public static List<Diagnostic> problems(Evaluation evaluation) {
		return problems(evaluation, Locale.ENGLISH);
	}

	/** @return the problems of the evaluation, the guide's rules worded in {@code locale} */
	public static List<Diagnostic> problems(Evaluation evaluation, Locale locale) {
		List<Diagnostic> problems = new ArrayList<>();
		collect(validate(evaluation, locale), problems);
		return problems;
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				problems.add(diagnostic);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, problems);
		}
	}
}
