/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.help;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One entry of the Help view's contents: a topic of a table of contents (with its href), or a
 * page the product writes itself (the indicator reference), with its children.
 */
public final class HelpNode {

	private final String label;
	private final String href;
	private final Function<Locale, RenderedTopic> page;
	private final List<HelpNode> children;

	private HelpNode(String label, String href, Function<Locale, RenderedTopic> page, List<HelpNode> children) {
		this.label = label;
		this.href = href;
		this.page = page;
		this.children = List.copyOf(children);
	}

	/** A topic read from a help bundle; {@code href} may be null for a plain heading. */
	static HelpNode topic(String label, String href, List<HelpNode> children) {
		return new HelpNode(label, href, null, children);
	}

	/** A page the product renders itself, in the language asked for. */
	static HelpNode page(String label, Function<Locale, RenderedTopic> page, List<HelpNode> children) {
		return new HelpNode(label, null, page, children);
	}

	public String label() {
		return label;
	}

	/** @return the topic's help href ({@code /bundle/path}), for topics read from a help bundle */
	public Optional<String> href() {
		return Optional.ofNullable(href);
	}

	public List<HelpNode> children() {
		return children;
	}

	/** @return the node's content, or empty for a heading without a page */
	public Optional<RenderedTopic> render(Locale locale) {
		if (page != null) {
			return Optional.of(page.apply(locale));
		}
		return href().flatMap(h -> TopicContent.render(h, locale));
	}

	@Override
	public String toString() {
		return label;
	}
}
