/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store;

/** A store operation that failed; the store is left as it was before the operation. */
public class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}

	public StoreException(String message) {
		super(message);
	}
}
