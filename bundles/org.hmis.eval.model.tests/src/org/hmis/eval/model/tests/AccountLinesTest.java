/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import org.hmis.eval.model.accounts.AccountLineCatalog;
import org.hmis.eval.model.accounts.AccountLines;
import org.hmis.eval.model.accounts.SourcedValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Derivation of the subtotals of Tables 1 and 2, checked against the VIMO figures of the guide. */
class AccountLinesTest {

	private final AccountLines vimo = AccountLines.of(VimoAccounts.enteredLines());

	@ParameterizedTest(name = "line {0} = {1}")
	@CsvSource({ "C, 1200000", "R, 1205000", "G, 900000", "H, 165000", "I, 200000", "J, 365000",
			"X, 1265000", "Y, -60000", "Z, 90000", "7, 790000", "14, 250000", "19, 790000" })
	void derivesTheGuidesSubtotals(String code, long expected) {
		assertEquals(0, BigDecimal.valueOf(expected).compareTo(vimo.line(code).orElseThrow().amount()),
				"line " + code);
	}

	@Test
	void subtotalWhoseLinesWereAllLeftEmptyIsMissingButCountsAsZeroInTotals() {
		assertTrue(vimo.line("F").isEmpty(), "f1 and f2 were not entered");
		assertTrue(vimo.line("K").isEmpty(), "k1 and k2 were not entered");
		assertEquals(0, BigDecimal.valueOf(1_205_000).compareTo(vimo.line("R").orElseThrow().amount()));
	}

	@Test
	void derivedLineNamesItsRuleAsSource() {
		SourcedValue earned = vimo.line("C").orElseThrow();
		assertEquals("Table 1, line C (C = A - B)", earned.source());
		assertEquals("Table 2, line 12", vimo.line("12").orElseThrow().source());
	}

	@Test
	void sourcesReadInFrenchWithTheSameRules() {
		SourcedValue earned = vimo.line("C").orElseThrow();
		assertEquals("Tableau 1, ligne C (C = A - B)", earned.source(Locale.FRENCH));
		assertEquals("Table 1, line C (C = A - B)", earned.source(Locale.ENGLISH));
		assertEquals("Tableau 2, ligne 12", vimo.line("12").orElseThrow().source(Locale.FRENCH));
		AccountLines supplementary = AccountLines.of(Map.of("12.providers", BigDecimal.ONE, "custom", BigDecimal.ONE));
		assertEquals("ligne 12.providers", supplementary.line("12.providers").orElseThrow().source(Locale.FRENCH));
		assertEquals("line custom", supplementary.line("custom").orElseThrow().source());
		assertEquals("ligne custom", AccountLineCatalog.reference("custom").text(Locale.FRENCH));
	}

	@Test
	void lineWithoutAnyEnteredTermIsMissingRatherThanZero() {
		AccountLines balanceOnly = AccountLines.of(Map.of("1", BigDecimal.TEN));
		assertTrue(balanceOnly.line("C").isEmpty(), "no income statement line was entered");
		assertTrue(balanceOnly.line("G").isEmpty());
		assertEquals(BigDecimal.TEN, balanceOnly.line("7").orElseThrow().amount());
	}

	@Test
	void enteredSubtotalIsUsedWhenItsTermsAreAbsent() {
		AccountLines subtotalsOnly = AccountLines.of(Map.of("C", BigDecimal.valueOf(500)));
		SourcedValue earned = subtotalsOnly.line("C").orElseThrow();
		assertEquals(BigDecimal.valueOf(500), earned.amount());
		assertEquals("Table 1, line C", earned.source());
	}

	@Test
	void catalogPrintsRulesTheWayTheGuideDoes() {
		assertEquals("X = G + H + I + K", AccountLineCatalog.find("X").orElseThrow().rule());
		assertEquals("Y = R - X", AccountLineCatalog.find("Y").orElseThrow().rule());
		assertEquals("19 = 14 + 16 + 17 + 18", AccountLineCatalog.find("19").orElseThrow().rule());
	}
}
