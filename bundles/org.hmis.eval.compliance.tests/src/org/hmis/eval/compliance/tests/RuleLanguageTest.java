/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hmis.eval.compliance.Comparison;
import org.hmis.eval.compliance.ComplianceTexts;
import org.hmis.eval.compliance.Condition;
import org.hmis.eval.compliance.Countries;
import org.hmis.eval.compliance.Evaluated;
import org.hmis.eval.compliance.Expression;
import org.hmis.eval.compliance.Frequencies;
import org.hmis.eval.compliance.MissingValueStrategy;
import org.hmis.eval.compliance.Operand;
import org.hmis.eval.compliance.Operands;
import org.hmis.eval.compliance.Term;
import org.hmis.eval.compliance.Thresholds;
import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.testing.TranslatedTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language rules are written in: sides, operators, frequencies, countries, parameter files. */
class RuleLanguageTest {

	/** F.5 = 75, line(C) = 1,200,000, line(K) missing, threshold(max) not set. */
	private static final Operands OPERANDS = term -> switch (term.toString()) {
	case "F.5" -> Operand.of(term, BigDecimal.valueOf(75), LocalizedText.literal("F.5"));
	case "line(C)" -> Operand.of(term, BigDecimal.valueOf(1_200_000), LocalizedText.literal("Table 1, line C"));
	case "threshold(max)" -> Operand.unavailable(term, LocalizedText.literal("not set"));
	default -> Operand.missing(term, LocalizedText.literal("not entered"));
	};

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', value = {
			"F.5 * 100 / 100 | 75",
			"(F.5 - 15) / 2 + 1 | 31",
			"-F.5 + 100 | 25",
			"line(C) / 1000 | 1200",
			"2 + 3 * 4 | 14" })
	void sidesAreComputedWithTheUsualPrecedence(String side, BigDecimal expected) {
		Evaluated value = Expression.parse(side).evaluate(OPERANDS, MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING,
				new ArrayList<>());
		assertEquals(0, expected.compareTo(value.value().orElseThrow()), side + " = " + value.value());
	}

	@Test
	void aMissingFigureCountsAsZeroOnlyWhenTheStrategySaysSo() {
		Expression side = Expression.parse("F.5 + line(K)");
		assertTrue(side.evaluate(OPERANDS, MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING, new ArrayList<>()).value().isEmpty());
		assertEquals(0, BigDecimal.valueOf(75).compareTo(
				side.evaluate(OPERANDS, MissingValueStrategy.NEVER_SKIP, new ArrayList<>()).value().orElseThrow()));
		Expression threshold = Expression.parse("threshold(max)");
		Evaluated unset = threshold.evaluate(OPERANDS, MissingValueStrategy.NEVER_SKIP, new ArrayList<>());
		assertTrue(unset.value().isEmpty(), "an unset threshold is never taken as zero");
		assertEquals("not set", unset.reason().orElseThrow().text());
	}

	@Test
	void divisionByZeroIsAReasonNotAnInfinity() {
		Evaluated value = Expression.parse("F.5 / (line(C) - line(C))").evaluate(OPERANDS,
				MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING, new ArrayList<>());
		assertTrue(value.reason().orElseThrow().text().startsWith("division by zero"));
	}

	@Test
	void conditionsAndTheirTerms() {
		Condition condition = Condition.parse("line(k1) + line(f2) >= threshold(x)");
		assertEquals(Comparison.GREATER_OR_EQUAL, condition.operator());
		assertEquals(List.of("line(k1)", "line(f2)", "threshold(x)"), condition.terms().stream().map(Term::toString).toList());
		assertTrue(condition.terms().get(2).isThreshold());
		assertEquals(Comparison.LESS_OR_EQUAL, Condition.parse("F.5<=80").operator());
		assertTrue(Comparison.EQUAL.holds(new BigDecimal("1.0"), BigDecimal.ONE), "compared by value");
		assertThrows(IllegalArgumentException.class, () -> Condition.parse("F.5 80"));
		assertThrows(IllegalArgumentException.class, () -> Expression.parse("F.5 +"));
		assertThrows(IllegalArgumentException.class, () -> Expression.parse("line(C"));
	}

	@ParameterizedTest(name = "''{0}'' = {1} a year")
	@CsvSource(delimiter = '|', value = {
			"once a year | 1", "Once a year | 1", "annual | 1", "twice a year | 2", "quarterly | 4", "monthly | 12",
			"every month | 12", "3 times a year | 3", "2/year | 2", "every 2 years | 0.5", "every 3 years | 0.3333333333333333",
			"never | 0", "une fois par an | 1", "deux fois par an | 2", "trimestrielle | 4", "tous les deux ans | 0.5",
			"chaque ann\u00e9e | 1", "jamais | 0", "4 | 4" })
	void frequenciesOfTable22(String text, BigDecimal perYear) {
		assertEquals(0, perYear.compareTo(Frequencies.perYear(text).orElseThrow()), text);
	}

	@Test
	void aFrequencyThatIsNotOneIsNotGuessed() {
		assertEquals(Optional.empty(), Frequencies.perYear("when needed"));
		assertEquals(Optional.empty(), Frequencies.perYear(""));
	}

	@Test
	void countriesAsPeopleWriteThem() {
		Map<String, String> written = Map.of("Mali", "ML", "ml", "ML", "S\u00e9n\u00e9gal", "SN", "Senegal", "SN",
				"C\u00f4te d'Ivoire", "CI", "cote d\u2019ivoire", "CI", "Burkina Faso", "BF", "BEN", "BJ");
		written.forEach((text, code) -> assertEquals(Optional.of(code), Countries.code(text), text));
		assertEquals(Optional.empty(), Countries.code("Atlantis"));
		assertEquals(Optional.empty(), Countries.code(" "));
	}

	@Test
	void theMostSpecificThresholdWins() {
		Thresholds thresholds = Thresholds.parse(Thresholds.HEADER + "\n# a comment\n"
				+ "p,max,*,2011,80,\np,max,ML,2011,90,\np,max,ML,2015,85,\np,max,SN,2011,,not set in Senegal\n", "t.csv");
		assertEquals(new BigDecimal("80"), value(thresholds, "BF", 2012));
		assertEquals(new BigDecimal("90"), value(thresholds, "ML", 2014));
		assertEquals(new BigDecimal("85"), value(thresholds, "ML", 2015));
		assertTrue(thresholds.find("p", "max", Optional.of("SN"), 2012).orElseThrow().value().isEmpty(),
				"an empty line unsets the threshold for its country");
		assertTrue(thresholds.find("p", "max", Optional.of("BF"), 2010).isEmpty(), "nothing before 2011");
		Thresholds overridden = thresholds.overriddenBy(Thresholds.parse(Thresholds.HEADER + "\np,max,*,0,70,\n", "mine.csv"));
		assertEquals(new BigDecimal("70"), value(overridden, "ML", 2015));
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', value = {
			"pack,threshold,value | t.csv:1: the header must be",
			"pack,threshold,country,from_year,value,note\\np,max,Mali,2011,80 | t.csv:2:3: country must be an ISO 3166 code",
			"pack,threshold,country,from_year,value,note\\np,max,*,soon,80 | t.csv:2:4: from_year must be a year",
			"pack,threshold,country,from_year,value,note\\np,max,*,2011,80% | t.csv:2:5: value must be a number",
			"pack,threshold,country,from_year,value,note\\np,max | t.csv:2: the row has 2 fields" })
	void aParameterFileThatCannotBeReadIsLocated(String file, String message) {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> Thresholds.parse(file.replace("\\n", "\n"), "t.csv"));
		assertTrue(error.getMessage().startsWith(message), error.getMessage());
	}

	@Test
	void theApiTextsAreTranslated() {
		TranslatedTexts.assertTranslated(ComplianceTexts.class, ComplianceTexts.BASE_NAME);
	}

	private static BigDecimal value(Thresholds thresholds, String country, int year) {
		return thresholds.find("p", "max", Optional.of(country), year).orElseThrow().value().orElseThrow();
	}
}
