/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.report.internal;

import java.util.logging.Level;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.hmis.eval.report.ReportException;

/**
 * The one BIRT report engine of this runtime, started on first use. Starting BIRT costs a few
 * seconds, so the engine is kept for the life of the process.
 */
public final class BirtEngine {

	private static IReportEngine engine;

	private BirtEngine() {
	}

	public static synchronized IReportEngine get() throws ReportException {
		if (engine == null) {
			EngineConfig config = new EngineConfig();
			config.setLogConfig(null, Level.WARNING);
			try {
				Platform.startup(config);
			} catch (BirtException e) {
				throw new ReportException("cannot start the BIRT platform: " + e.getMessage(), e);
			}
			IReportEngineFactory factory = (IReportEngineFactory) Platform
					.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
			if (factory == null) {
				throw new ReportException("the BIRT report engine bundle is not installed");
			}
			engine = factory.createReportEngine(config);
		}
		return engine;
	}
}
