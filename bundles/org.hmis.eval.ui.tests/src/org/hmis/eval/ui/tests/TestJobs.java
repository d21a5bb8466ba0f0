/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.hmis.eval.ui.store.ImportEvaluationJob;
import org.hmis.eval.ui.store.ReplaceQuestion;

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

	/**
	 * Imports a fresh copy of one of the guide's examples (examples/NAME) into the workbench's
	 * store. The store outlives a test and already holds the examples; an evaluation is its scheme
	 * and years, so the copy's scheme gets a name of its own ("VIMO 123...") to be a new one.
	 */
	static ImportEvaluationJob importExample(String name) throws InterruptedException, IOException {
		Path copy = Files.createTempDirectory("hmis-example").resolve(name);
		try {
			Files.createDirectories(copy);
			try (Stream<Path> files = Files.list(Path.of(System.getProperty("hmis.examples"), name))) {
				for (Path file : files.toList()) {
					Files.copy(file, copy.resolve(file.getFileName()));
				}
			}
			Path scheme = copy.resolve("scheme.csv");
			Files.writeString(scheme, Files.readString(scheme).replaceFirst("(?m)^name,(.*)$", "name,$1 " + System.nanoTime()));
			return run(new ImportEvaluationJob(copy, ReplaceQuestion.NEVER));
		} finally {
			try (Stream<Path> files = Files.walk(copy.getParent())) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}
}
