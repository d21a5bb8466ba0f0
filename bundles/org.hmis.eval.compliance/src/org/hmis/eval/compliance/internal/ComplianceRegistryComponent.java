/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hmis.eval.compliance.ComplianceRegistry;
import org.hmis.eval.compliance.RulePack;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Tracks the {@link RulePack} services that bundles register, dynamically. */
@Component(service = ComplianceRegistry.class)
public final class ComplianceRegistryComponent implements ComplianceRegistry {

	private final List<RulePack> packs = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addPack(RulePack pack) {
		packs.add(pack);
	}

	void removePack(RulePack pack) {
		packs.remove(pack);
	}

	@Override
	public List<RulePack> packs() {
		List<RulePack> sorted = new ArrayList<>(packs);
		sorted.sort(Comparator.comparing(RulePack::id));
		return sorted;
	}
}
