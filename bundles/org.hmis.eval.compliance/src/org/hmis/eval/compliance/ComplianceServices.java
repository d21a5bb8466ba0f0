/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.time.Duration;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Finds the {@link ComplianceRegistry} service for code that is not itself a DS component. */
public final class ComplianceServices {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static ServiceTracker<ComplianceRegistry, ComplianceRegistry> tracker;

	private ComplianceServices() {
	}

	/**
	 * @return the registry, waiting while Declarative Services publishes it
	 * @throws IllegalStateException when no registry appears (the DS runtime is not started)
	 */
	public static ComplianceRegistry registry() {
		try {
			ComplianceRegistry registry = tracker().waitForService(WAIT.toMillis());
			if (registry == null) {
				throw new IllegalStateException("the compliance registry is not available: is org.apache.felix.scr started?");
			}
			return registry;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the compliance registry", e);
		}
	}

	private static synchronized ServiceTracker<ComplianceRegistry, ComplianceRegistry> tracker() {
		if (tracker == null) {
			Bundle bundle = FrameworkUtil.getBundle(ComplianceServices.class);
			if (bundle == null || bundle.getBundleContext() == null) {
				throw new IllegalStateException("the compliance API runs outside OSGi or is not started");
			}
			tracker = new ServiceTracker<>(bundle.getBundleContext(), ComplianceRegistry.class, null);
			tracker.open();
		}
		return tracker;
	}
}
