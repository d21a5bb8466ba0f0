/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.util.List;

/**
 * The indicator families installed in this runtime, as an OSGi service. Families come and go with
 * their bundles; callers ask for the current list each time they compute.
 */
public interface IndicatorRegistry {

	/** @return the installed families, the guide's in its order (T, G, M, F, V, H, E, C, I) first */
	List<IndicatorFamily> families();

	/** @return the results of every installed family for the context's year, family by family */
	List<IndicatorResult> computeAll(ComputationContext context);
}
