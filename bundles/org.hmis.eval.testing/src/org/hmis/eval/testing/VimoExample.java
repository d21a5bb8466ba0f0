/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorFamily;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.Unit;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;

/**
 * Fixtures shared by the indicator families' test fragments: the guide's VIMO example as shipped in
 * {@code examples/vimo}, read with the real importer, and assertions on worked figures.
 */
public final class VimoExample {

	private VimoExample() {
	}

	public static Evaluation evaluation() {
		try {
			return InterchangeImporter.importFolder(Path.of(System.getProperty("hmis.examples"), "vimo")).evaluation();
		} catch (Exception e) {
			throw new IllegalStateException("cannot import examples/vimo", e);
		}
	}

	public static IndicatorResult result(IndicatorFamily family, Evaluation evaluation, int year, String code) {
		List<IndicatorResult> results = family.compute(new ComputationContext(evaluation, year));
		return results.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
	}

	/**
	 * Asserts that the exact value rounds to the guide's printed figure: |value - printed| is at
	 * most half a unit of the printed last decimal, and the unit is the contract's.
	 */
	public static void assertPrinted(IndicatorResult result, String printed, String halfUnit, Unit unit) {
		assertTrue(result.isComputable(), () -> result.code() + ": " + result.reason().orElseThrow().message());
		BigDecimal value = result.value().orElseThrow();
		BigDecimal difference = value.subtract(new BigDecimal(printed)).abs();
		assertTrue(difference.compareTo(new BigDecimal(halfUnit)) < 0,
				() -> result.code() + " = " + value + ", guide prints " + printed);
		assertEquals(unit, result.definition().unit(), result.code() + " unit");
	}

	/** @return an evaluation of {@code year} with the given lines, alternating code and amount */
	public static Evaluation withLines(int year, Object... codesAndAmounts) {
		Evaluation evaluation = ModelFactory.eINSTANCE.createEvaluation();
		AccountingYear accountingYear = ModelFactory.eINSTANCE.createAccountingYear();
		accountingYear.setYear(year);
		for (int i = 0; i < codesAndAmounts.length; i += 2) {
			AccountLine line = ModelFactory.eINSTANCE.createAccountLine();
			line.setCode((String) codesAndAmounts[i]);
			line.setAmount(BigDecimal.valueOf(((Number) codesAndAmounts[i + 1]).longValue()));
			accountingYear.getAccountLines().add(line);
		}
		evaluation.getYears().add(accountingYear);
		return evaluation;
	}

	/** @return the guide's Sucura example as shipped in {@code examples/sucura}, read with the real importer */
	public static Evaluation sucura() {
		try {
			return InterchangeImporter.importFolder(Path.of(System.getProperty("hmis.examples"), "sucura")).evaluation();
		} catch (Exception e) {
			throw new IllegalStateException("cannot import examples/sucura", e);
		}
	}

	/** Asserts that every declared code has an English and a distinct French title (readings are optional). */
	public static void assertTitled(IndicatorFamily family) {
		for (IndicatorDefinition definition : family.definitions()) {
			String english = definition.title(Locale.ENGLISH);
			assertTrue(!english.equals(definition.code()), definition.code() + " has no English title");
			assertTrue(!definition.title(Locale.FRENCH).equals(english), definition.code() + " has no French title");
		}
		assertTrue(!family.title(Locale.FRENCH).equals(family.title(Locale.ENGLISH)));
	}

	/** Asserts that an indicator has no value and that its reason starts as given. */
	public static void assertMissing(IndicatorResult result, String reasonStart) {
		assertTrue(result.value().isEmpty(), result.code() + " must not have a value");
		String reason = result.reason().orElseThrow().message();
		assertTrue(reason.startsWith(reasonStart), result.code() + ": " + reason);
	}

	/** Asserts that every declared code has an English and a distinct French title. */
	public static void assertTitledInEnglishAndFrench(IndicatorFamily family) {
		for (IndicatorDefinition definition : family.definitions()) {
			String english = definition.title(Locale.ENGLISH);
			String french = definition.title(Locale.FRENCH);
			assertTrue(!english.equals(definition.code()), definition.code() + " has no English title");
			assertTrue(!french.equals(english), definition.code() + " has no French title");
			assertTrue(definition.reading(Locale.ENGLISH).isPresent(), definition.code() + " has no reading");
		}
		assertTrue(!family.title(Locale.FRENCH).equals(family.title(Locale.ENGLISH)));
	}
}
