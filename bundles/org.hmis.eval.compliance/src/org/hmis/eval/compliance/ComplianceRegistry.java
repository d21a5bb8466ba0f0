/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.util.List;
import java.util.Optional;

/**
 * The rule packs installed in this runtime, as an OSGi service. Packs come and go with their
 * bundles; callers ask for the current list each time they check.
 */
public interface ComplianceRegistry {

	/** @return the installed packs, by identifier */
	List<RulePack> packs();

	/** @return the installed pack with this identifier */
	default Optional<RulePack> pack(String id) {
		return packs().stream().filter(p -> p.id().equals(id)).findFirst();
	}
}
