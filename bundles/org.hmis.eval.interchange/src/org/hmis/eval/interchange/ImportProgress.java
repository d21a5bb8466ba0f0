/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

/**
 * Hears how far an import has read, file by file, so that a long import can show it is moving.
 * Called on the importing thread when a file is opened (0 rows), every few thousand rows, and once
 * more when the file has been read; it should return quickly (a listener that prints decides
 * itself how often).
 */
@FunctionalInterface
public interface ImportProgress {

	/** A listener that ignores the progress. */
	ImportProgress NONE = (file, rows, done) -> {
	};

	/**
	 * @param file the file being read, by its name in the interchange folder
	 * @param rows the rows read so far, header excluded
	 * @param done true once the whole file has been read (then {@code rows} is its row count)
	 */
	void rowsRead(String file, long rows, boolean done);
}
