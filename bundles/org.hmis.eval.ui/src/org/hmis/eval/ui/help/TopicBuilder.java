/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.help;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.hmis.eval.ui.help.RenderedTopic.Emphasis;
import org.hmis.eval.ui.help.RenderedTopic.Span;

/**
 * Builds a {@link RenderedTopic} block by block: paragraphs and headings are separated by one
 * blank line, whatever whitespace the source had, and emphasised runs are recorded as spans.
 */
final class TopicBuilder {

	private final StringBuilder text = new StringBuilder();
	private final List<Span> spans = new ArrayList<>();
	private final Deque<Integer> openStarts = new ArrayDeque<>();
	private final Deque<Emphasis> openEmphases = new ArrayDeque<>();
	private boolean pendingSpace;

	/** Ends the current block; the next text starts a new paragraph. */
	TopicBuilder block() {
		pendingSpace = false;
		trimTrailingSpace();
		if (text.length() > 0 && !text.toString().endsWith("\n\n")) {
			text.append(text.toString().endsWith("\n") ? "\n" : "\n\n");
		}
		return this;
	}

	/** Ends the current line without a blank line (list items, table rows). */
	TopicBuilder line() {
		pendingSpace = false;
		trimTrailingSpace();
		if (text.length() > 0 && !text.toString().endsWith("\n")) {
			text.append('\n');
		}
		return this;
	}

	/** Adds text, folding runs of whitespace into one space as a browser would. */
	TopicBuilder text(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isWhitespace(c)) {
				pendingSpace = true;
			} else {
				if (pendingSpace && text.length() > 0 && !atLineStart()) {
					text.append(' ');
				}
				pendingSpace = false;
				text.append(c);
			}
		}
		return this;
	}

	/** Adds text exactly as given (a bullet, a tab between cells). */
	TopicBuilder literal(String value) {
		pendingSpace = false;
		text.append(value);
		return this;
	}

	TopicBuilder open(Emphasis emphasis) {
		if (pendingSpace && text.length() > 0 && !atLineStart()) {
			text.append(' ');
			pendingSpace = false;
		}
		openStarts.push(text.length());
		openEmphases.push(emphasis);
		return this;
	}

	TopicBuilder close() {
		if (openStarts.isEmpty()) {
			return this;
		}
		int start = openStarts.pop();
		Emphasis emphasis = openEmphases.pop();
		if (text.length() > start) {
			spans.add(new Span(start, text.length() - start, emphasis));
		}
		return this;
	}

	/** Adds a whole emphasised run. */
	TopicBuilder emphasised(String value, Emphasis emphasis) {
		return open(emphasis).text(value).close();
	}

	RenderedTopic build() {
		trimTrailingSpace();
		while (text.length() > 0 && text.charAt(text.length() - 1) == '\n') {
			text.setLength(text.length() - 1);
		}
		List<Span> clipped = new ArrayList<>();
		for (Span span : spans) {
			int end = Math.min(span.start() + span.length(), text.length());
			if (end > span.start()) {
				clipped.add(new Span(span.start(), end - span.start(), span.emphasis()));
			}
		}
		clipped.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return new RenderedTopic(text.toString(), clipped);
	}

	private boolean atLineStart() {
		return text.charAt(text.length() - 1) == '\n' || text.charAt(text.length() - 1) == '\t';
	}

	private void trimTrailingSpace() {
		while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
			text.setLength(text.length() - 1);
		}
	}
}
