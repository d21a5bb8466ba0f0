/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hmis.eval.indicators.IndicatorCatalog;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.indicators.NotComputable;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.indicators.ValueFormat;
import org.hmis.eval.model.accounts.SourcedValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The indicator API: declarations as data, results with inputs or reasons, display rounding. */
class IndicatorApiTest {

	private static final String SAMPLE = "org/hmis/eval/indicators/tests/sample";

	private final IndicatorCatalog catalog = IndicatorCatalog.load(IndicatorApiTest.class, SAMPLE);

	@Test
	void catalogReadsCodesUnitsFormulasAndInputsFromData() {
		assertEquals("S", catalog.family());
		assertEquals(List.of("S.1", "S.2"), catalog.definitions().stream().map(IndicatorDefinition::code).toList());
		IndicatorDefinition ratio = catalog.get("S.1");
		assertEquals(Unit.PERCENT, ratio.unit());
		assertEquals("A / B x 100", ratio.formula());
		assertEquals(List.of("A", "B"), ratio.inputs());
		assertEquals(Unit.DAYS, catalog.get("S.2").unit());
	}

	@Test
	void titlesAndReadingsComeInTheRequestedLanguage() {
		IndicatorDefinition ratio = catalog.get("S.1");
		assertEquals("Sample ratio", ratio.title(Locale.ENGLISH));
		assertEquals("Ratio d'exemple", ratio.title(Locale.FRENCH));
		assertEquals(Optional.of("Higher is better."), ratio.reading(Locale.ENGLISH));
		assertTrue(catalog.get("S.2").reading(Locale.ENGLISH).isEmpty(), "no reading declared");
	}

	@Test
	void unknownCodeIsAProgrammingError() {
		assertThrows(IllegalArgumentException.class, () -> catalog.get("S.9"));
	}

	@Test
	void quotientKeepsFullPrecisionAndItsInputs() {
		IndicatorResult result = InputSet.of(catalog.get("S.1"))
				.add("A", value(1, "Table 1, line A"), "line A")
				.add("B", value(3, "Table 1, line B"), "line B")
				.percentage("A", "B");
		assertTrue(result.isComputable());
		assertEquals("33.33333333333333333333333333333333", result.value().orElseThrow().toPlainString());
		assertEquals(List.of("A", "B"), result.inputs().stream().map(input -> input.symbol()).toList());
		assertEquals("Table 1, line B", result.inputs().get(1).source());
	}

	@Test
	void missingInputsAreNamedInTheReason() {
		IndicatorResult result = InputSet.of(catalog.get("S.1"))
				.add("A", Optional.empty(), "Table 1, line A (premiums)")
				.add("B", value(3, "Table 1, line B"), "line B")
				.percentage("A", "B");
		assertFalse(result.isComputable());
		assertTrue(result.value().isEmpty());
		assertEquals(NotComputable.Kind.MISSING_INPUT, result.reason().orElseThrow().kind());
		assertEquals("missing input: Table 1, line A (premiums)", result.reason().orElseThrow().message());
		assertEquals("donn\u00e9e manquante : Table 1, line A (premiums)",
				result.reason().orElseThrow().message(Locale.FRENCH));
		assertEquals(1, result.inputs().size(), "the input that was found is still reported");
	}

	@Test
	void zeroDenominatorIsNotComputableNeverInfinity() {
		IndicatorResult result = InputSet.of(catalog.get("S.1"))
				.add("A", value(5, "line A"), "line A")
				.add("B", value(0, "Table 1, line B"), "line B")
				.percentage("A", "B");
		assertFalse(result.isComputable());
		assertEquals("zero denominator: Table 1, line B is 0", result.reason().orElseThrow().message());
	}

	@ParameterizedTest(name = "{0} {1} shows as {2}")
	@CsvSource(delimiter = '|', value = { "75|%|75.0 %", "4.9|ratio|4.90", "0.30166|ratio|0.30",
			"41.4|days|41.4 days", "-80000|currency|-80,000", "216|%|216.0 %" })
	void valuesAreRoundedOnlyForDisplay(String value, String unit, String shown) {
		assertEquals(shown, ValueFormat.withUnit(new BigDecimal(value), Unit.ofSymbol(unit), Locale.ENGLISH));
	}

	@Test
	void frenchDisplayUsesADecimalComma() {
		assertEquals("75,0 %", ValueFormat.withUnit(new BigDecimal("75"), Unit.PERCENT, Locale.FRENCH));
	}

	private static Optional<SourcedValue> value(long amount, String source) {
		return Optional.of(new SourcedValue(BigDecimal.valueOf(amount), source));
	}
}
