/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance.guide.internal;

import java.util.Optional;

import org.hmis.eval.compliance.CatalogRulePack;
import org.hmis.eval.compliance.RulePack;
import org.hmis.eval.model.text.LocalizedText;
import org.osgi.service.component.annotations.Component;

/**
 * Good practice read from the ILO/STEP guide's own analysis of its indicators (reserves,
 * liquidity, premium collection, claims ratio, expenses), as data in {@code rules.properties}. It
 * is a second pack in a bundle of its own: adding it changed no other bundle.
 */
@Component(service = RulePack.class)
public final class GuideRules extends CatalogRulePack {

	public GuideRules() {
		super("org/hmis/eval/compliance/guide/rules");
	}

	/** No authority sets these: the guide gives no figure, the evaluator may. */
	@Override
	public Optional<LocalizedText> thresholdNotSet(String name) {
		return Optional.of(text("reason.thresholdNotSet", name));
	}
}
