/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.hmis.eval.compliance.ComplianceRegistry;
import org.hmis.eval.compliance.ComplianceServices;
import org.hmis.eval.compliance.RulePack;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A pack is its bundle: the registry lists the guide's pack while its bundle runs, forgets it when
 * the bundle stops and finds it again when it starts, while the WAEMU pack stays as it was.
 */
class PackPluggabilityTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Test
	void registryFollowsThePackBundles() throws Exception {
		ComplianceRegistry registry = ComplianceServices.registry();
		waitUntil(() -> ids(registry).containsAll(List.of("guide", "waemu")), "both packs listed");
		Bundle guide = bundle("org.hmis.eval.compliance.guide");
		guide.stop();
		try {
			waitUntil(() -> !ids(registry).contains("guide"), "guide gone once its bundle stopped");
			assertTrue(ids(registry).contains("waemu"), "the other pack is unchanged");
			assertEquals(18, registry.pack("waemu").orElseThrow().rules().size());
		} finally {
			guide.start();
		}
		waitUntil(() -> ids(registry).contains("guide"), "guide back once its bundle started");
	}

	private static Bundle bundle(String symbolicName) {
		for (Bundle bundle : FrameworkUtil.getBundle(ComplianceServices.class).getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals(symbolicName)) {
				return bundle;
			}
		}
		throw new AssertionError(symbolicName + " is not installed");
	}

	private static List<String> ids(ComplianceRegistry registry) {
		return registry.packs().stream().map(RulePack::id).toList();
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
