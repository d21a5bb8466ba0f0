/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorFamily;
import org.hmis.eval.indicators.IndicatorRegistry;
import org.hmis.eval.ui.Messages;
import org.hmis.eval.ui.help.RenderedTopic.Emphasis;

/**
 * The indicator reference of the user guide, written from the installed families: a family added
 * by a third-party bundle appears here like the guide's own, with no help page to write.
 */
final class IndicatorReference {

	private IndicatorReference() {
	}

	/** @return a heading node with a page per installed family */
	static HelpNode node(IndicatorRegistry registry) {
		List<HelpNode> families = new ArrayList<>();
		for (IndicatorFamily family : registry.families()) {
			families.add(HelpNode.page(family.id() + " \u2013 " + family.title(Locale.getDefault()),
					locale -> family(family, locale), List.of()));
		}
		return HelpNode.page(Messages.Help_indicatorReference, locale -> overview(registry, locale), families);
	}

	static RenderedTopic overview(IndicatorRegistry registry, Locale locale) {
		TopicBuilder page = new TopicBuilder();
		page.emphasised(Messages.Help_indicatorReference, Emphasis.TITLE).block();
		page.text(Messages.Help_indicatorReferenceIntro).block();
		for (IndicatorFamily family : registry.families()) {
			page.literal("\u2022 ").emphasised(family.id(), Emphasis.STRONG).text(" " + family.title(locale) + " ")
					.text(NLS.bind(Messages.Help_indicatorCount, family.definitions().size())).line();
		}
		return page.build();
	}

	static RenderedTopic family(IndicatorFamily family, Locale locale) {
		TopicBuilder page = new TopicBuilder();
		page.emphasised(family.id() + " \u2013 " + family.title(locale), Emphasis.TITLE).block();
		for (IndicatorDefinition definition : family.definitions()) {
			page.emphasised(definition.code() + " " + definition.title(locale), Emphasis.HEADING).block();
			page.text(Messages.Help_formula + " ").emphasised(definition.formula(), Emphasis.CODE);
			if (!definition.unit().symbol().isEmpty()) {
				page.text(" (" + definition.unit().symbol() + ")");
			}
			page.block();
			definition.reading(locale).ifPresent(reading -> page.text(reading).block());
		}
		return page.build();
	}
}
