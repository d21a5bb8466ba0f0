/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hmis.eval.indicators.IndicatorInput;
import org.hmis.eval.indicators.IndicatorServices;
import org.hmis.eval.network.LoadedNetwork;
import org.hmis.eval.network.NetworkReader;
import org.hmis.eval.network.consolidation.ConsolidatedOrganization;
import org.hmis.eval.network.consolidation.ConsolidatedResult;
import org.hmis.eval.network.consolidation.Consolidation;
import org.hmis.eval.sheets.BeneficiaryColumn;
import org.hmis.eval.sheets.SheetRowKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consolidation equals the sums over the members, numerator by numerator, at every level. */
class GeneratedNetworkTest {

	/** Indicators whose inputs are all additive: account lines, Table 5, Table 7 averages, Table 8 counts. */
	private static final List<String> ADDITIVE = List.of("F.1", "F.2", "F.4.1", "F.4.2", "F.5", "F.6", "C.1", "M.1",
			"M.1.1", "M.5", "I.3", "E.1");

	@TempDir
	static Path folder;

	private static LoadedNetwork network;
	private static Consolidation consolidation;

	@BeforeAll
	static void read() throws Exception {
		GeneratedNetwork.write(folder);
		network = NetworkReader.read(folder);
		consolidation = new Consolidation(network, IndicatorServices.registry());
	}

	@Test
	void everyInputOfEveryLevelIsTheSumOfTheMembersInputs() {
		for (String level : List.of("federation", "union")) {
			for (ConsolidatedOrganization organization : consolidation.at(GeneratedNetwork.YEAR, Optional.of(level))) {
				for (String code : ADDITIVE) {
					ConsolidatedResult result = result(organization, code);
					assertTrue(result.result().isComputable(), organization.organization().id() + " " + result.result());
					assertFalse(result.members().isEmpty(), code);
					for (IndicatorInput input : result.result().inputs()) {
						BigDecimal sum = BigDecimal.ZERO;
						for (String member : result.members()) {
							sum = sum.add(input(own(member, code), input.symbol()));
						}
						// Annual averages are quotients kept to 34 digits: the sum of the members' twelve-month
						// means and the mean of the summed months agree to far more than 16 digits.
						assertEquals(0, sum.round(MathContext.DECIMAL64).compareTo(input.value().round(MathContext.DECIMAL64)),
								organization.organization().id() + " " + code
								+ " " + input.symbol() + ": " + input.value() + " vs the members' " + sum);
					}
				}
			}
		}
	}

	@Test
	void aRatioIsTheRatioOfTheSumsNotTheAverageOfRatios() {
		ConsolidatedResult f5 = result(organization("u2"), "F.5");
		BigDecimal g = input(own("m2", "F.5"), "G").add(input(own("m3", "F.5"), "G"));
		BigDecimal c = input(own("m2", "F.5"), "C").add(input(own("m3", "F.5"), "C"));
		BigDecimal expected = g.multiply(BigDecimal.valueOf(100)).divide(c, MathContext.DECIMAL64);
		BigDecimal value = f5.result().value().orElseThrow();
		assertEquals(0, expected.compareTo(value.round(MathContext.DECIMAL64)), expected + " vs " + value);
		BigDecimal average = own("m2", "F.5").result().value().orElseThrow()
				.add(own("m3", "F.5").result().value().orElseThrow())
				.divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
		assertNotEquals(0, average.compareTo(value.round(MathContext.DECIMAL64)), "the figures must tell them apart");
	}

	@Test
	void aFigureSaysWhichMembersItCoversAndWhichLackedTheData() {
		ConsolidatedResult f5 = result(organization("fed"), "F.5");
		assertEquals(Set.of("m1", "m2", "m3", "m5"), Set.copyOf(f5.members()));
		assertEquals(List.of("m4"), f5.missing(), "m4 keeps no accounts");
		assertEquals(5, f5.total());
		ConsolidatedResult e1 = result(organization("fed"), "E.1");
		assertEquals(5, e1.members().size());
		assertEquals(List.of(), e1.missing());
		assertEquals(Set.of("m1", "m2", "m3", "m4", "m5"), Set.copyOf(organization("fed").members()));
	}

	@Test
	void aSubtotalEnteredAloneIsAddedAsTheSubtotal() {
		// m3 enters G without its lines: the union's G is still the sum of both G's.
		ConsolidatedResult f5 = result(organization("u2"), "F.5");
		assertEquals(List.of("m2", "m3"), f5.members());
		assertEquals(0, input(own("m2", "F.5"), "G").add(input(own("m3", "F.5"), "G")).compareTo(input(f5, "G")));
	}

	@Test
	void aMutualThatChangesUnionIsCountedWhereItWasThatYear() {
		assertEquals(List.of("m1", "m5"), organization("u1").members());
		ConsolidatedOrganization before = consolidation.of(network.network().find("u1").orElseThrow(), 2005);
		assertEquals(List.of("m1", "m2", "m5"), before.members());
	}

	@Test
	void tables7And8AreTheSumsOfTheMembersTables() {
		ConsolidatedOrganization union = organization("u2");
		SheetRowKey all = new SheetRowKey(SheetRowKey.ALL, SheetRowKey.ALL);
		SheetRowKey hospital = new SheetRowKey("District Hospital", "hospitalization");
		for (int month = 1; month <= 12; month++) {
			long x = 0;
			long claims = 0;
			long hospitalClaims = 0;
			for (String member : List.of("m2", "m3", "m4")) {
				ConsolidatedOrganization own = organization(member);
				x += own.sheets().beneficiaries().value(BeneficiaryColumn.X, month).orElseThrow();
				claims += own.sheets().claims().count(all, month);
				hospitalClaims += own.sheets().claims().count(hospital, month);
			}
			assertEquals(x, union.sheets().beneficiaries().value(BeneficiaryColumn.X, month).orElseThrow());
			assertEquals(claims, union.sheets().claims().count(all, month));
			assertEquals(hospitalClaims, union.sheets().claims().count(hospital, month), "the shared provider adds up");
		}
		assertEquals(List.of("District Hospital", "Health Centre 2", "Health Centre 3", "Health Centre 4"),
				union.sheets().claims().providers().stream().sorted().toList());
	}

	private static ConsolidatedOrganization organization(String id) {
		return consolidation.of(network.network().find(id).orElseThrow(), GeneratedNetwork.YEAR);
	}

	private static ConsolidatedResult own(String mutual, String code) {
		return result(organization(mutual), code);
	}

	private static ConsolidatedResult result(ConsolidatedOrganization organization, String code) {
		return organization.results().stream().filter(result -> result.result().code().equals(code)).findFirst()
				.orElseThrow(() -> new AssertionError(code + " is not among the results"));
	}

	private static BigDecimal input(ConsolidatedResult result, String symbol) {
		return result.result().inputs().stream().filter(input -> input.symbol().equals(symbol))
				.map(IndicatorInput::value).findFirst()
				.orElseThrow(() -> new AssertionError(result.result() + " has no input " + symbol));
	}
}
