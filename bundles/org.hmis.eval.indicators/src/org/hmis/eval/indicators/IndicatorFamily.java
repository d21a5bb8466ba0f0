/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.util.List;
import java.util.Locale;

/**
 * A family of indicators (the guide's T, G, M, F, V, H, E, C, I, or a third party's). A bundle
 * contributes a family by registering an OSGi service of this type, typically a Declarative
 * Services component; nothing else in the product needs to change.
 */
public interface IndicatorFamily {

	/** @return the family's identifier as it appears in results ("F", "MIN") */
	String id();

	/** @return the family's name in the given language */
	String title(Locale locale);

	/** @return the indicators the family declares, in display order */
	List<IndicatorDefinition> definitions();

	/** @return one result per declared indicator, in declaration order */
	List<IndicatorResult> compute(ComputationContext context);
}
