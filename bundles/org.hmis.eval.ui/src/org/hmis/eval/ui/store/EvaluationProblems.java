/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.store;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.hmis.eval.store.StoredEvaluation;

/**
 * Shows the validation problems of stored evaluations in the Problems view. Evaluations live in
 * the Derby store, not in workspace files, so their markers sit on the workspace root and say in
 * their location which evaluation they belong to.
 */
public final class EvaluationProblems {

	/** Marker type of evaluation problems (a problem marker, see plugin.xml). */
	public static final String MARKER_TYPE = "org.hmis.eval.ui.problem";
	/** Marker attribute holding the store id of the evaluation. */
	public static final String EVALUATION_ID = "evaluationId";

	private EvaluationProblems() {
	}

	/** Replaces the markers of {@code stored} with one per problem of {@code diagnostic}. */
	public static void publish(StoredEvaluation stored, Diagnostic diagnostic) throws CoreException {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		ResourcesPlugin.getWorkspace().run(monitor -> {
			clear(root, stored.id());
			for (Diagnostic problem : problems(diagnostic)) {
				IMarker marker = root.createMarker(MARKER_TYPE);
				marker.setAttribute(IMarker.MESSAGE, problem.getMessage());
				marker.setAttribute(IMarker.SEVERITY, severity(problem));
				marker.setAttribute(IMarker.LOCATION, stored.title());
				marker.setAttribute(EVALUATION_ID, stored.id());
			}
		}, root, 0, null);
	}

	/** @return the markers currently shown for the evaluation stored under {@code id} */
	public static List<IMarker> of(String id) throws CoreException {
		List<IMarker> markers = new ArrayList<>();
		for (IMarker marker : ResourcesPlugin.getWorkspace().getRoot().findMarkers(MARKER_TYPE, true,
				IResource.DEPTH_ZERO)) {
			if (id.equals(marker.getAttribute(EVALUATION_ID, ""))) {
				markers.add(marker);
			}
		}
		return markers;
	}

	private static void clear(IWorkspaceRoot root, String id) throws CoreException {
		for (IMarker marker : of(id)) {
			marker.delete();
		}
	}

	/** @return the leaves of the diagnostic tree that are warnings or errors */
	private static List<Diagnostic> problems(Diagnostic diagnostic) {
		List<Diagnostic> problems = new ArrayList<>();
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				problems.add(diagnostic);
			}
		} else {
			for (Diagnostic child : diagnostic.getChildren()) {
				problems.addAll(problems(child));
			}
		}
		return problems;
	}

	private static int severity(Diagnostic problem) {
		return problem.getSeverity() >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING;
	}
}
