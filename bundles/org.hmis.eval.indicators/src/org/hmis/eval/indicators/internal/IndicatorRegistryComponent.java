/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorFamily;
import org.hmis.eval.indicators.IndicatorRegistry;
import org.hmis.eval.indicators.IndicatorResult;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Tracks the {@link IndicatorFamily} services that bundles register, dynamically. */
@Component(service = IndicatorRegistry.class)
public final class IndicatorRegistryComponent implements IndicatorRegistry {

	/** The guide's order of families; other families follow, by identifier. */
	private static final String GUIDE_ORDER = "TGMFVHECI";

	private final List<IndicatorFamily> families = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addFamily(IndicatorFamily family) {
		families.add(family);
	}

	void removeFamily(IndicatorFamily family) {
		families.remove(family);
	}

	@Override
	public List<IndicatorFamily> families() {
		List<IndicatorFamily> sorted = new ArrayList<>(families);
		sorted.sort(Comparator.comparingInt(IndicatorRegistryComponent::guideRank).thenComparing(IndicatorFamily::id));
		return sorted;
	}

	@Override
	public List<IndicatorResult> computeAll(ComputationContext context) {
		List<IndicatorResult> results = new ArrayList<>();
		for (IndicatorFamily family : families()) {
			results.addAll(family.compute(context));
		}
		return results;
	}

	private static int guideRank(IndicatorFamily family) {
		int index = family.id().length() == 1 ? GUIDE_ORDER.indexOf(family.id()) : -1;
		return index >= 0 ? index : GUIDE_ORDER.length();
	}
}
