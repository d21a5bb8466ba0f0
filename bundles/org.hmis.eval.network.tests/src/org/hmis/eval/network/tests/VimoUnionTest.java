/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance case of issue 11: a union of the guide's VIMO example and a copy of it with every
 * amount doubled gives F.5 = 75 % from G = 2,700,000 and C = 3,600,000.
 */
class VimoUnionTest {

	@TempDir
	static Path folder;

	private static List<ConsolidatedOrganization> organizations;

	@BeforeAll
	static void consolidate() throws Exception {
		NetworkFolders.network(folder, "u1,VIMO union,union,,Gujarat,Ahmedabad,India,,",
				"vimo,VIMO,mutual,u1,Gujarat,Ahmedabad,India,,", "vimo2,VIMO doubled,mutual,u1,Gujarat,,India,,");
		NetworkFolders.copy(NetworkFolders.examples("vimo"), folder.resolve("vimo"));
		NetworkFolders.copy(NetworkFolders.examples("vimo"), folder.resolve("vimo2"),
				Set.of("amount", "estimated_cost", "book_value", "market_value"), 2);
		LoadedNetwork network = NetworkReader.read(folder);
		organizations = new Consolidation(network, IndicatorServices.registry()).at(2006, Optional.empty());
	}

	@Test
	void theUnionsClaimsRatioIsTheRatioOfTheSums() {
		ConsolidatedResult f5 = result("u1", "F.5");
		assertEquals(0, new BigDecimal("75").compareTo(f5.result().value().orElseThrow()), f5.result().toString());
		assertEquals(0, new BigDecimal("2700000").compareTo(input(f5, "G")));
		assertEquals(0, new BigDecimal("3600000").compareTo(input(f5, "C")));
		assertEquals(List.of("vimo", "vimo2"), f5.members());
		assertEquals(List.of(), f5.missing());
	}

	@Test
	void eachMutualKeepsItsOwnFigures() {
		ConsolidatedResult doubled = result("vimo2", "F.5");
		assertEquals(0, new BigDecimal("2400000").compareTo(input(doubled, "C")));
		assertEquals(List.of("vimo2"), doubled.members());
		ConsolidatedResult checklist = result("vimo", "F.8");
		assertEquals(List.of("vimo"), checklist.missing(), "VIMO answers no F.8 checklist");
	}

	@Test
	void aChecklistScoreIsNotAddedAndSaysWhy() {
		ConsolidatedResult t1 = result("u1", "T.1");
		assertTrue(t1.result().reason().orElseThrow().message().contains("not added across mutuals"),
				t1.result().reason().orElseThrow().message());
	}

	@Test
	void hiddenCostsAddUpInOperatingIncome() {
		// OI = Z - hidden costs, both doubled in the copy: the union's is three times VIMO's.
		BigDecimal vimo = result("vimo", "OI").result().value().orElseThrow();
		BigDecimal union = result("u1", "OI").result().value().orElseThrow();
		assertEquals(0, vimo.multiply(BigDecimal.valueOf(3)).compareTo(union), vimo + " x 3 vs " + union);
	}

	private static ConsolidatedResult result(String organization, String code) {
		ConsolidatedOrganization found = organizations.stream()
				.filter(candidate -> candidate.organization().id().equals(organization)).findFirst().orElseThrow();
		return found.results().stream().filter(result -> result.result().code().equals(code)).findFirst()
				.orElseThrow();
	}

	private static BigDecimal input(ConsolidatedResult result, String symbol) {
		return result.result().inputs().stream().filter(input -> input.symbol().equals(symbol))
				.map(IndicatorInput::value).findFirst().orElseThrow();
	}
}
