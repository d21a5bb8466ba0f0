/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.hmis.eval.interchange.ImportProgress;

/**
 * Prints how far an import has read on standard error: {@code claims.csv: 1,200,000 rows (410,000
 * rows/s)}, at most twice a second. Asked for ({@code --progress}), it also gives each file's total
 * once read; on its own (standard error is a terminal), it speaks only of files that take a while.
 */
final class ProgressPrinter implements ImportProgress {

	private static final long INTERVAL = TimeUnit.MILLISECONDS.toNanos(500);

	private final PrintStream err;
	private final boolean everyFile;
	private final Map<String, Long> started = new HashMap<>();
	private final Set<String> shown = new HashSet<>();
	private long lastPrinted;

	/**
	 * @param everyFile true to give the total of every file read, false to speak only of files that
	 *        take more than half a second
	 */
	ProgressPrinter(PrintStream err, boolean everyFile) {
		this.err = err;
		this.everyFile = everyFile;
		this.lastPrinted = System.nanoTime() - INTERVAL;
	}

	@Override
	public void rowsRead(String file, long rows, boolean done) {
		long now = System.nanoTime();
		long start = started.computeIfAbsent(file, name -> now);
		long elapsed = now - start;
		if (done) {
			if (everyFile || shown.contains(file)) {
				err.println(String.format(Locale.ROOT, "hmis-eval: %s: %,d rows read in %.1f s%s", file, rows,
						elapsed / 1e9, rate(rows, elapsed)));
				lastPrinted = now;
			}
			return;
		}
		if (now - lastPrinted >= INTERVAL && elapsed >= INTERVAL) {
			err.println(String.format(Locale.ROOT, "hmis-eval: %s: %,d rows%s", file, rows, rate(rows, elapsed)));
			shown.add(file);
			lastPrinted = now;
		}
	}

	private static String rate(long rows, long nanos) {
		if (nanos < TimeUnit.MILLISECONDS.toNanos(50)) {
			return "";
		}
		return String.format(Locale.ROOT, " (%,d rows/s)", Math.round(rows / (nanos / 1e9)));
	}
}
