/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.PopulationFigures;
import org.hmis.eval.model.population.CensusProjection;
import org.junit.jupiter.api.Test;

/** Table 5: projecting a census count with a constant growth rate (the guide's example). */
class CensusProjectionTest {

	@Test
	void guideExampleTenThousandIn1991AtOnePercentGives10829In1999() {
		assertEquals(10_829L, CensusProjection.project(10_000L, new BigDecimal("0.01"), 1991, 1999));
	}

	@Test
	void sameYearReturnsTheCensusCount() {
		assertEquals(10_000L, CensusProjection.project(10_000L, new BigDecimal("0.03"), 2000, 2000));
	}

	@Test
	void projectsFromATable5RowAndIsEmptyWhenAnInputIsMissing() {
		PopulationFigures row = ModelFactory.eINSTANCE.createPopulationFigures();
		row.setCensusPopulation(10_000L);
		row.setCensusYear(1991);
		assertTrue(CensusProjection.project(row, 1999).isEmpty());
		row.setGrowthRate(new BigDecimal("0.01"));
		assertEquals(10_829L, CensusProjection.project(row, 1999).orElseThrow());
	}
}
