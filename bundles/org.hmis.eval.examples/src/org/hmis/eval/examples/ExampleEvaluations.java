/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.examples;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.hmis.eval.interchange.EvaluationLoader;
import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.model.Evaluation;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The guide's worked examples shipped with the product, as interchange folders: the workbench
 * puts them in a new store, and training sessions start from them.
 */
public final class ExampleEvaluations {

	/** Store ids (and folder names) of the examples, in the order they are offered. */
	public static final List<String> IDS = List.of("vimo", "sucura", "closed-enrolment");

	private ExampleEvaluations() {
	}

	/** @return the interchange folder of an example, as a file on disk */
	public static Path folder(String id) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(ExampleEvaluations.class);
		URL entry = bundle.getEntry("examples/" + id + "/");
		if (entry == null) {
			throw new IOException("no example named " + id);
		}
		try {
			return Paths.get(FileLocator.toFileURL(entry).toURI());
		} catch (URISyntaxException e) {
			throw new IOException("cannot locate example " + id + ": " + e.getMessage(), e);
		}
	}

	/** @return the ids of the examples actually present in this build */
	public static List<String> available() {
		Bundle bundle = FrameworkUtil.getBundle(ExampleEvaluations.class);
		List<String> ids = new ArrayList<>();
		for (String id : IDS) {
			if (bundle.getEntry("examples/" + id + "/scheme.csv") != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	/** @return the example imported from its folder */
	public static Evaluation load(String id) throws IOException, ImportException {
		return EvaluationLoader.load(folder(id)).evaluation();
	}
}
