/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

/**
 * A union of a mutual that keeps registers (contracts, beneficiaries, claims) and one that enters
 * its sheets (the guide's Sucura example): the registers are reduced to Tables 7 and 8 first, then
 * added to the other's tables; what only registers give (renewal, M.2) is not added and says why.
 */
class RegisterMemberTest {

	private static final int YEAR = 2006;
	private static final int MEMBERS = 40;

	@TempDir
	static Path folder;

	private static LoadedNetwork network;
	private static Consolidation consolidation;

	@BeforeAll
	static void read() throws Exception {
		NetworkFolders.network(folder, "u1,Union,union,,,,,,", "reg,Mutual with registers,mutual,u1,,,,,",
				"sucura,Sucura,mutual,u1,,,,,");
		NetworkFolders.copy(NetworkFolders.examples("sucura"), folder.resolve("sucura"));
		registers(folder.resolve("reg"));
		network = NetworkReader.read(folder);
		consolidation = new Consolidation(network, IndicatorServices.registry());
	}

	/**
	 * Members covered by two half-year contracts (the second renews the first), a dependant each, and
	 * claims: non-programmed hospitalizations (E.1) at a hospital Sucura also uses, medicines elsewhere.
	 */
	private static void registers(Path mutual) {
		NetworkFolders.write(mutual.resolve("scheme.csv"), "key,value", "name,Registers", "currency,MU",
				"enrolment,open");
		List<String> contracts = new ArrayList<>(List.of("member_id,start_date,end_date,premium_due"));
		List<String> beneficiaries = new ArrayList<>(List.of("beneficiary_id,member_id,role"));
		List<String> claims = new ArrayList<>(
				List.of("claim_id,beneficiary_id,provider,category,service_date,status,amount_covered"));
		for (int m = 1; m <= MEMBERS; m++) {
			// Member m joins in month (m % 6) + 1 of the first half, so Table 7 moves month by month.
			String start = String.format("%d-%02d-01", YEAR, m % 6 + 1);
			contracts.add("M" + m + "," + start + "," + YEAR + "-06-30,1200");
			contracts.add("M" + m + "," + YEAR + "-07-01," + YEAR + "-12-31,1200");
			beneficiaries.add("B" + m + ",M" + m + ",member");
			beneficiaries.add("D" + m + ",M" + m + ",dependent");
			claims.add("C" + m + ",B" + m + ",Hospital Y,hospitalization," + String.format("%d-%02d-15", YEAR, m % 12 + 1)
					+ ",authorized," + 1000 * m);
			claims.add("R" + m + ",D" + m + ",Health Post Z,medicines," + String.format("%d-%02d-10", YEAR, (m + 5) % 12 + 1)
					+ ",authorized," + 300 * m);
		}
		NetworkFolders.write(mutual.resolve("contracts.csv"), contracts.toArray(String[]::new));
		NetworkFolders.write(mutual.resolve("beneficiaries.csv"), beneficiaries.toArray(String[]::new));
		NetworkFolders.write(mutual.resolve("claims.csv"), claims.toArray(String[]::new));
	}

	@Test
	void theRegistersAreReducedToTables7And8ThenAdded() {
		ConsolidatedOrganization union = organization("u1");
		ConsolidatedOrganization reg = organization("reg");
		ConsolidatedOrganization sucura = organization("sucura");
		SheetRowKey all = new SheetRowKey(SheetRowKey.ALL, SheetRowKey.ALL);
		SheetRowKey hospital = new SheetRowKey("Hospital Y", "hospitalization");
		for (int month = 1; month <= 12; month++) {
			for (BeneficiaryColumn column : List.of(BeneficiaryColumn.X, BeneficiaryColumn.Y, BeneficiaryColumn.DEPENDENTS)) {
				assertEquals(reg.sheets().beneficiaries().value(column, month).orElseThrow()
						+ sucura.sheets().beneficiaries().value(column, month).orElseThrow(),
						union.sheets().beneficiaries().value(column, month).orElseThrow(), column + " " + month);
			}
			assertEquals(reg.sheets().claims().count(all, month) + sucura.sheets().claims().count(all, month),
					union.sheets().claims().count(all, month));
			assertEquals(0, reg.sheets().claims().cost(hospital, month).add(sucura.sheets().claims().cost(hospital, month))
					.compareTo(union.sheets().claims().cost(hospital, month)), "Hospital Y is named alike: one row");
		}
		assertTrue(union.sheets().claims().providers().contains("Health Post Z"));
		assertEquals(MEMBERS, reg.sheets().beneficiaries().value(BeneficiaryColumn.X, 12).orElseThrow());
	}

	@Test
	void theClaimsFrequencyIsTheSumOfClaimsOverTheSumOfBeneficiaries() {
		ConsolidatedResult e1 = result("u1", "E.1");
		assertEquals(List.of("reg", "sucura"), e1.members());
		assertTrue(e1.result().isComputable(), e1.result().toString());
		for (IndicatorInput input : e1.result().inputs()) {
			BigDecimal sum = input(result("reg", "E.1"), input.symbol()).add(input(result("sucura", "E.1"), input.symbol()));
			assertEquals(0, sum.round(MathContext.DECIMAL64).compareTo(input.value().round(MathContext.DECIMAL64)),
					input.symbol());
		}
	}

	@Test
	void renewalFromRegistersIsNotAddedAndSaysWhy() {
		assertTrue(result("reg", "M.2").result().isComputable(), result("reg", "M.2").result().toString());
		ConsolidatedResult m2 = result("u1", "M.2");
		assertFalse(m2.result().isComputable());
		assertTrue(m2.result().reason().orElseThrow().message().contains("registers"),
				m2.result().reason().orElseThrow().message());
		assertTrue(m2.members().contains("reg"), m2.members().toString());
	}

	private static ConsolidatedOrganization organization(String id) {
		return consolidation.of(network.network().find(id).orElseThrow(), YEAR);
	}

	private static ConsolidatedResult result(String organization, String code) {
		return organization(organization).results().stream().filter(result -> result.result().code().equals(code))
				.findFirst().orElseThrow();
	}

	private static BigDecimal input(ConsolidatedResult result, String symbol) {
		return result.result().inputs().stream().filter(input -> input.symbol().equals(symbol))
				.map(IndicatorInput::value).findFirst()
				.orElseThrow(() -> new AssertionError(result.result() + " has no input " + symbol));
	}
}
