/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.Map;

import org.hmis.eval.model.riskportfolio.ReferenceGrid;
import org.hmis.eval.model.riskportfolio.ReferenceService;
import org.hmis.eval.model.riskportfolio.RiskMeasure;
import org.junit.jupiter.api.Test;

/** The Table 16 reference list and the G.2 scoring grid as read from the guide (docs/guide-readings.md, G.2). */
class ReferenceGridTest {

	private final ReferenceGrid grid = ReferenceGrid.get();

	@Test
	void everyServiceCoveredGivesTheGuidesMaximumOf194() {
		assertEquals(60, grid.services().size(), "58 lines of the list plus 2 medicines lines scored for acute care");
		assertEquals(46, grid.services().stream().filter(service -> service.g2Score().isPresent()).count());
		assertEquals(194, grid.maximumScore());
	}

	/**
	 * The printed totals are 46, 33, 22, 17, 21, 31, 6, 18 for waiting period to rationalization.
	 * The extracted grid reproduces three of them; the other columns lost their positions in the
	 * extraction (docs/guide-readings.md, G.2), so their reading is recorded here as it stands.
	 */
	@Test
	void measureTotalsOfTheReading() {
		Map<RiskMeasure, Integer> totals = grid.measureTotals();
		assertEquals(46, totals.get(RiskMeasure.WP), "printed 46");
		assertEquals(21, totals.get(RiskMeasure.PRI), "printed 21");
		assertEquals(18, totals.get(RiskMeasure.RAT), "printed 18");
		assertEquals(195, totals.values().stream().mapToInt(Integer::intValue).sum(),
				"one mark more than X: transport shows six marks for a score of 5");
	}

	@Test
	void everyServiceIsLabelledInEnglishAndFrench() {
		for (ReferenceService service : grid.services()) {
			for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.FRENCH }) {
				assertFalse(service.label(locale).isBlank(), service.code());
				assertFalse(service.groupLabel(locale).isBlank(), service.code());
			}
		}
		assertEquals("Ticket mod\u00e9rateur", RiskMeasure.COP.label(Locale.FRENCH));
		assertEquals("Caesarean", grid.service("obstetrics.services.caesarean").orElseThrow().label(Locale.ENGLISH));
		assertEquals(1, grid.service("obstetrics.services.caesarean").orElseThrow().exposure());
	}
}
