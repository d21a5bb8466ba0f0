/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.min.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorFamily;
import org.hmis.eval.indicators.IndicatorRegistry;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.IndicatorServices;
import org.hmis.eval.indicators.min.internal.MicroinsuranceNetworkIndicators;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Installing a family is enough: the product's registry lists MIN while its bundle runs, forgets
 * it when the bundle stops, and finds it again when it starts, while the other families (F here)
 * stay exactly as they were.
 */
class MinFamilyPluggabilityTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Test
	void registryFollowsTheBundleOfFamilyMin() throws Exception {
		IndicatorRegistry registry = IndicatorServices.registry();
		Bundle bundle = FrameworkUtil.getBundle(MicroinsuranceNetworkIndicators.class);
		assertEquals("org.hmis.eval.indicators.min", bundle.getSymbolicName());
		if (bundle.getState() != Bundle.ACTIVE) {
			bundle.start();
		}
		waitUntil(() -> ids(registry).contains("MIN"), "MIN listed while its bundle runs");
		List<String> others = ids(registry).stream().filter(id -> !id.equals("MIN")).toList();
		assertTrue(others.contains("F"), "another family is installed for comparison: " + others);
		Evaluation vimo = VimoExample.evaluation();
		assertTrue(codes(registry, vimo).stream().anyMatch(code -> code.startsWith("MIN.")));
		List<String> otherCodes = codes(registry, vimo).stream().filter(code -> !code.startsWith("MIN.")).toList();

		bundle.stop();
		try {
			waitUntil(() -> !ids(registry).contains("MIN"), "MIN gone once its bundle stopped");
			assertEquals(others, ids(registry), "the other families are unchanged");
			List<String> without = codes(registry, vimo);
			assertFalse(without.stream().anyMatch(code -> code.startsWith("MIN.")), "computeAll has no MIN code: " + without);
			assertEquals(otherCodes, without);
		} finally {
			bundle.start();
		}
		waitUntil(() -> ids(registry).contains("MIN"), "MIN back once its bundle started again");
		assertEquals(others, ids(registry).stream().filter(id -> !id.equals("MIN")).toList());
		assertTrue(codes(registry, vimo).containsAll(List.of("MIN.1", "MIN.10")));
	}

	private static List<String> ids(IndicatorRegistry registry) {
		return registry.families().stream().map(IndicatorFamily::id).toList();
	}

	private static List<String> codes(IndicatorRegistry registry, Evaluation evaluation) {
		return registry.computeAll(new ComputationContext(evaluation, 2006)).stream().map(IndicatorResult::code).toList();
	}

	private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting: " + what);
			}
			Thread.sleep(20);
		}
	}
}
