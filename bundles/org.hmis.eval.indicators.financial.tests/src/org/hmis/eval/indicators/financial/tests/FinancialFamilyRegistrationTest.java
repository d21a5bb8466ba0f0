/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.financial.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorFamily;
import org.hmis.eval.indicators.IndicatorRegistry;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.IndicatorServices;
import org.junit.jupiter.api.Test;

/** The family plugs in through Declarative Services alone: the registry finds it at runtime. */
class FinancialFamilyRegistrationTest {

	@Test
	void registryListsTheFinancialFamilyContributedAsAService() {
		IndicatorRegistry registry = IndicatorServices.registry();
		List<String> ids = registry.families().stream().map(IndicatorFamily::id).toList();
		assertTrue(ids.contains("F"), "families found: " + ids);
	}

	@Test
	void registryComputesTheFamilysIndicators() {
		List<IndicatorResult> results = IndicatorServices.registry()
				.computeAll(new ComputationContext(Evaluations.vimo2006(), 2006));
		IndicatorResult f5 = results.stream().filter(r -> r.code().equals("F.5")).findFirst().orElseThrow();
		assertEquals(75.0, f5.value().orElseThrow().doubleValue());
	}
}
