/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hmis.eval.cli.internal.HmisEvalApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code tables} member of {@code compute --format json}: Tables 7 to 11 of Sucura's year 2006. */
class HmisEvalTablesTest {

	private static String json;

	@BeforeAll
	static void computeSucura() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String sucura = Path.of(System.getProperty("hmis.examples"), "sucura").toString();
		int exit = HmisEvalApplication.run(List.of("compute", sucura, "--year", "2006", "--format", "json"),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
		assertEquals(0, exit);
		json = out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void t7CarriesTheMonthsAndTheAnnualAverages() {
		assertTrue(json.contains("\"T7\": {"), json);
		assertTrue(Pattern.compile("\"X\": 265\\.41666").matcher(json).find(), "annual average X");
		assertTrue(Pattern.compile("\"Y\": 1704\\.91666").matcher(json).find(), "annual average Y");
	}

	@Test
	void t9GivesTheSharesOfMedicines() {
		Matcher medicines = Pattern.compile("\\{\\s*\"category\": \"medicines\",\\s*\"count\": 155,\\s*\"count_pct\": (50\\.16[0-9]*),"
				+ "\\s*\"cost\": 268000\\.0,\\s*\"cost_pct\": (14\\.86[0-9]*)").matcher(json);
		assertTrue(medicines.find(), json);
	}

	@Test
	void t10AndT11CarryTheAllProvidersAllCategoriesRow() {
		Matcher average = Pattern.compile("\"T10\": \\[.*?\\{\\s*\"provider\": \"ALL\",\\s*\"category\": \"ALL\",\\s*\"monthly\": \\[[^\\]]*\\],\\s*\"annual\": (5834\\.9[0-9]*)",
				Pattern.DOTALL).matcher(json);
		assertTrue(average.find(), "T10 ALL/ALL annual 5,835");
		Matcher frequency = Pattern.compile("\"T11\": \\[.*?\\{\\s*\"provider\": \"ALL\",\\s*\"category\": \"ALL\",\\s*\"monthly\": \\[[^\\]]*\\],\\s*\"annual\": (18\\.12[0-9]*)",
				Pattern.DOTALL).matcher(json);
		assertTrue(frequency.find(), "T11 ALL/ALL annual 18.12 %");
	}

	@Test
	void aServiceNotOfferedIsNullNotZero() {
		Matcher surgeryAtHealthCentre = Pattern.compile("\\{\\s*\"provider\": \"Health Centre X\",\\s*\"category\": \"surgery\",\\s*\"counts\": \\[(null, ){11}null\\]")
				.matcher(json);
		assertTrue(surgeryAtHealthCentre.find(), "T8 row of a service the health centre does not offer");
	}
}
