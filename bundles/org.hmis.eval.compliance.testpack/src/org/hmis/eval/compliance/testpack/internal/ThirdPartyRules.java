/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance.testpack.internal;

import org.hmis.eval.compliance.CatalogRulePack;
import org.hmis.eval.compliance.RulePack;
import org.osgi.service.component.annotations.Component;

/**
 * A pack as a third party would write one: this class, a catalogue and its texts, in a bundle of
 * its own that no other bundle names. The tests install it to show that {@code hmis-eval check}
 * lists it; the product does not ship it.
 */
@Component(service = RulePack.class)
public final class ThirdPartyRules extends CatalogRulePack {

	public ThirdPartyRules() {
		super("org/hmis/eval/compliance/testpack/rules");
	}
}
