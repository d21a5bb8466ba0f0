/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.time.Duration;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Finds the {@link IndicatorRegistry} service for code that is not itself a DS component. */
public final class IndicatorServices {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static ServiceTracker<IndicatorRegistry, IndicatorRegistry> tracker;

	private IndicatorServices() {
	}

	/**
	 * @return the registry, waiting while Declarative Services publishes it
	 * @throws IllegalStateException when no registry appears (the DS runtime is not started)
	 */
	public static IndicatorRegistry registry() {
		try {
			IndicatorRegistry registry = tracker().waitForService(WAIT.toMillis());
			if (registry == null) {
				throw new IllegalStateException(
						"the indicator registry is not available: is org.apache.felix.scr started?");
			}
			return registry;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the indicator registry", e);
		}
	}

	private static synchronized ServiceTracker<IndicatorRegistry, IndicatorRegistry> tracker() {
		if (tracker == null) {
			Bundle bundle = FrameworkUtil.getBundle(IndicatorServices.class);
			if (bundle == null || bundle.getBundleContext() == null) {
				throw new IllegalStateException("the indicator API runs outside OSGi or is not started");
			}
			tracker = new ServiceTracker<>(bundle.getBundleContext(), IndicatorRegistry.class, null);
			tracker.open();
		}
		return tracker;
	}
}
