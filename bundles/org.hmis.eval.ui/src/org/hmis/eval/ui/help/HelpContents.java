/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.hmis.eval.indicators.IndicatorServices;

/**
 * The contents of the Help view: every table of contents contributed to {@code org.eclipse.help.toc}
 * (in the workbench's language, which the help system picks), then the indicator reference written
 * from the installed families.
 */
public final class HelpContents {

	private HelpContents() {
	}

	public static List<HelpNode> roots() {
		List<HelpNode> roots = new ArrayList<>();
		for (IToc toc : HelpSystem.getTocs()) {
			// A table of contents names its own page as a topic; getTopic(null) returns it.
			ITopic own = toc.getTopic(null);
			roots.add(HelpNode.topic(toc.getLabel(), own == null ? null : own.getHref(), topics(toc.getTopics())));
		}
		roots.add(IndicatorReference.node(IndicatorServices.registry()));
		return roots;
	}

	/** @return the node whose topic has this href, searched depth first */
	public static Optional<HelpNode> find(List<HelpNode> nodes, String href) {
		for (HelpNode node : nodes) {
			if (node.href().filter(h -> sameTopic(h, href)).isPresent()) {
				return Optional.of(node);
			}
			Optional<HelpNode> child = find(node.children(), href);
			if (child.isPresent()) {
				return child;
			}
		}
		return Optional.empty();
	}

	private static List<HelpNode> topics(ITopic[] topics) {
		List<HelpNode> nodes = new ArrayList<>();
		for (ITopic topic : topics) {
			nodes.add(HelpNode.topic(topic.getLabel(), topic.getHref(), topics(topic.getSubtopics())));
		}
		return nodes;
	}

	private static boolean sameTopic(String a, String b) {
		return strip(a).equals(strip(b));
	}

	private static String strip(String href) {
		String path = href.startsWith("/") ? href : "/" + href;
		int anchor = path.indexOf('#');
		return anchor < 0 ? path : path.substring(0, anchor);
	}
}
