/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

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
 * A union of VIMO (accounts in rupees) and Sucura (in MU): amounts are not added across currencies
 * and say so; counts (members, beneficiaries, claims) still are.
 */
class MixedCurrenciesTest {

	@TempDir
	static Path folder;

	private static ConsolidatedOrganization union;
	private static ConsolidatedOrganization sucura;

	@BeforeAll
	static void consolidate() throws Exception {
		NetworkFolders.network(folder, "u1,Union,union,,,,,,", "vimo,VIMO,mutual,u1,,,,,", "sucura,Sucura,mutual,u1,,,,,");
		NetworkFolders.copy(NetworkFolders.examples("vimo"), folder.resolve("vimo"));
		NetworkFolders.copy(NetworkFolders.examples("sucura"), folder.resolve("sucura"));
		LoadedNetwork network = NetworkReader.read(folder);
		Consolidation consolidation = new Consolidation(network, IndicatorServices.registry());
		union = consolidation.of(network.network().find("u1").orElseThrow(), 2006);
		sucura = consolidation.of(network.network().find("sucura").orElseThrow(), 2006);
	}

	@Test
	void amountsAreNotAddedAcrossCurrencies() {
		ConsolidatedResult f5 = result(union, "F.5");
		assertFalse(f5.result().isComputable());
		assertEquals("not applicable: the members keep their accounts in different currencies (MU, Rs); "
				+ "amounts are not added across currencies", f5.result().reason().orElseThrow().message());
		assertNull(union.currency());
		assertTrue(union.sheets().claims().providers().isEmpty(), "claims costs in two currencies are left out");
	}

	@Test
	void countsStillAddUp() {
		ConsolidatedResult m1 = result(union, "M.1");
		assertEquals(List.of("sucura"), m1.members());
		assertEquals(List.of("vimo"), m1.missing());
		assertEquals(0, result(sucura, "M.1").result().value().orElseThrow().compareTo(m1.result().value().orElseThrow()));
	}

	private static ConsolidatedResult result(ConsolidatedOrganization organization, String code) {
		return organization.results().stream().filter(result -> result.result().code().equals(code)).findFirst()
				.orElseThrow();
	}
}
