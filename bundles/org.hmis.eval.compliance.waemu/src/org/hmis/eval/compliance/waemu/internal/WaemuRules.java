/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance.waemu.internal;

import org.hmis.eval.compliance.CatalogRulePack;
import org.hmis.eval.compliance.RulePack;
import org.osgi.service.component.annotations.Component;

/**
 * The WAEMU pack: Regulation No. 07/2009/CM/UEMOA on social mutuality and Implementing Regulation
 * No. 03/2011/COM/UEMOA, as data in {@code rules.properties}; its prudential thresholds ship
 * empty until a supervisory authority sets them ({@code rules-thresholds.csv}).
 */
@Component(service = RulePack.class)
public final class WaemuRules extends CatalogRulePack {

	public WaemuRules() {
		super("org/hmis/eval/compliance/waemu/rules");
	}
}
