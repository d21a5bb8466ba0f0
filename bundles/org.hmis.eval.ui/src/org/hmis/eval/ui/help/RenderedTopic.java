/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.help;

import java.util.List;

/**
 * A help topic as plain text with the spans to emphasise, ready for a read-only styled text.
 *
 * @param text the topic's text, paragraphs separated by blank lines
 * @param spans the emphasised parts, in order
 */
public record RenderedTopic(String text, List<Span> spans) {

	/** How a span is shown. */
	public enum Emphasis {
		TITLE, HEADING, STRONG, CODE
	}

	/** A part of the text, from {@code start}, {@code length} characters long. */
	public record Span(int start, int length, Emphasis emphasis) {
	}

	public RenderedTopic {
		spans = List.copyOf(spans);
	}
}
