/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The words of a failure for its final message: every message down the chain of causes (and of
 * {@link SQLException#getNextException() next exceptions}, where Derby puts the real reason of a
 * failed start), each said once, without the fillers that point at the next one.
 */
final class Failures {

	private static final String SEE_NEXT = "see the next exception for details";

	private Failures() {
	}

	static String describe(Throwable failure) {
		StringBuilder text = new StringBuilder();
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> pending = new ArrayDeque<>();
		pending.add(failure);
		while (!pending.isEmpty()) {
			Throwable current = pending.poll();
			if (!seen.add(current)) {
				continue;
			}
			String message = messageOf(current);
			if (message != null && !text.toString().contains(message)) {
				if (!text.isEmpty()) {
					text.append(": ");
				}
				text.append(message);
			}
			if (current instanceof SQLException sql && sql.getNextException() != null) {
				pending.add(sql.getNextException());
			}
			if (current.getCause() != null) {
				pending.add(current.getCause());
			}
		}
		return text.isEmpty() ? failure.getClass().getName() : text.toString();
	}

	/** @return the words of one failure, or null when it adds nothing to its causes */
	private static String messageOf(Throwable failure) {
		if (failure instanceof StackOverflowError) {
			return "stack overflow";
		}
		if (failure instanceof OutOfMemoryError) {
			return "out of memory" + (failure.getMessage() != null ? " (" + failure.getMessage() + ")" : "");
		}
		if (failure instanceof AccessDeniedException denied) {
			return denied.getFile() + ": permission denied";
		}
		if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
			return fileSystem.getFile() + ": " + fileSystem.getReason();
		}
		String message = failure.getMessage();
		Throwable cause = failure.getCause();
		if (message == null || message.isBlank() || cause != null && message.equals(cause.toString())) {
			// An exception made of its cause alone says nothing more than the cause.
			return failure instanceof Error || failure instanceof RuntimeException ? failure.getClass().getSimpleName()
					: null;
		}
		String trimmed = message.strip();
		if (trimmed.contains(SEE_NEXT)) {
			// Derby's "Failed to start database ..., see the next exception for details": the
			// next exception, walked next, says why.
			return null;
		}
		if (failure instanceof RuntimeException && !(failure instanceof IllegalArgumentException)) {
			return failure.getClass().getSimpleName() + ": " + trimmed;
		}
		return trimmed;
	}
}
