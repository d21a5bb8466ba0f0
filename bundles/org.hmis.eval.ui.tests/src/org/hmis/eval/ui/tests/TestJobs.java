/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.hmis.eval.ui.store.ImportEvaluationJob;

/** Runs the workbench's jobs to their end, as a test needs their outcome before it goes on. */
final class TestJobs {

	private TestJobs() {
	}

	/** Schedules {@code job} as a system job and waits until it has finished. */
	static <J extends Job> J run(J job) throws InterruptedException {
		job.setUser(false);
		job.schedule();
		job.join();
		return job;
	}

	/** Imports a fresh copy of one of the guide's examples (examples/NAME) into the workbench's store. */
	static ImportEvaluationJob importExample(String name) throws InterruptedException {
		return run(new ImportEvaluationJob(Path.of(System.getProperty("hmis.examples"), name)));
	}
}
