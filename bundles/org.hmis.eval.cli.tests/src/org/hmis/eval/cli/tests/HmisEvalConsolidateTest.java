/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hmis-eval consolidate}, run inside OSGi with the real indicator families on a network
 * folder: a union of the VIMO example and a copy of it with every amount doubled.
 */
class HmisEvalConsolidateTest {

	@TempDir
	Path folder;

	private Path network;
	private final CommandRun command = new CommandRun();

	@BeforeEach
	void writeNetwork() throws IOException {
		network = folder.resolve("kayes");
		Files.createDirectories(network);
		Files.writeString(network.resolve("network.csv"),
				"id,name,level,parent,region,district,country,from_year,to_year\n" + "u1,VIMO union,union,,,,,,\n"
						+ "vimo,VIMO,mutual,u1,,,,,\n" + "vimo2,VIMO doubled,mutual,u1,,,,,\n",
				StandardCharsets.UTF_8);
		Path vimo = Path.of(System.getProperty("hmis.examples"), "vimo");
		copy(vimo, network.resolve("vimo"), 1);
		copy(vimo, network.resolve("vimo2"), 2);
	}

	@Test
	void jsonCarriesEveryOrganizationWithItsMembersAndTheClaimsRatioOfTheSums() {
		assertEquals(0, command.run("consolidate", network.toString(), "--year", "2006", "--format", "json"),
				command.err());
		String json = command.out();
		assertTrue(json.contains("\"network\": \"kayes\""), json);
		String union = organization(json, "u1");
		assertTrue(union.contains("\"level\": \"union\""), union);
		assertTrue(union.contains("\"members\": [\"vimo\", \"vimo2\"]"), union);
		assertTrue(union.contains("\"missing\": []"), union);
		String f5 = indicator(union, "F.5");
		assertTrue(f5.contains("\"value\": 75.0"), f5);
		assertTrue(f5.contains("\"G\": 2700000"), f5);
		assertTrue(f5.contains("\"C\": 3600000"), f5);
		assertTrue(f5.contains("\"members\": [\"vimo\", \"vimo2\"]"), f5);
		String f8 = indicator(union, "F.8");
		assertTrue(f8.contains("\"computable\": false"), f8);
		assertTrue(f8.contains("\"missing\": [\"vimo\", \"vimo2\"]"), f8);
		assertFalse(f8.contains("\"value\""), f8);
		String doubled = organization(json, "vimo2");
		assertTrue(indicator(doubled, "F.5").contains("\"C\": 2400000"), doubled);
	}

	@Test
	void levelKeepsOneLevelAndCsvHasOneRowPerOrganizationAndIndicator() throws IOException {
		Path out = folder.resolve("out/union.csv");
		assertEquals(0, command.run("consolidate", network.toString(), "--year", "2006", "--level", "union",
				"--format", "csv", "--out", out.toString()), command.err());
		assertEquals("", command.out());
		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertTrue(lines.get(0).startsWith("organization,level,scheme,year,code,"), lines.get(0));
		assertTrue(lines.stream().skip(1).allMatch(line -> line.startsWith("u1,union,")), lines.toString());
		String f5 = lines.stream().filter(line -> line.startsWith("u1,union,VIMO union,2006,F.5,")).findFirst()
				.orElseThrow();
		assertTrue(f5.endsWith(",vimo;vimo2,,2,2"), f5);
	}

	@Test
	void aBrokenNetworkListsItsProblemsAndWritesNothing() throws IOException {
		Files.writeString(network.resolve("network.csv"),
				"id,name,level,parent,region,district,country,from_year,to_year\n" + "u1,VIMO union,union,u9,,,,,\n"
						+ "vimo,VIMO,mutual,u1,,,,,\n" + "vimo2,VIMO doubled,mutual,u1,,,,,\n",
				StandardCharsets.UTF_8);
		Path out = folder.resolve("never.json");
		assertEquals(1, command.run("consolidate", network.toString(), "--year", "2006", "--out", out.toString()));
		assertTrue(command.err().contains("network.csv:2:4: unknown parent 'u9'"), command.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void anUnknownLevelIsBadUsage() {
		assertEquals(2, command.run("consolidate", network.toString(), "--year", "2006", "--level", "region"));
		assertTrue(command.err().contains("--level must be a level of the network [union, mutual]"), command.err());
	}

	/** @return the object of one organization, up to the next one */
	private static String organization(String json, String id) {
		int start = json.indexOf("\"id\": \"" + id + "\"");
		assertTrue(start >= 0, id + " missing in " + json);
		int end = json.indexOf("\"id\": \"", start + 1);
		return json.substring(start, end < 0 ? json.length() : end);
	}

	private static String indicator(String json, String code) {
		Matcher matcher = Pattern.compile("\\{\\s*\"code\": \"" + Pattern.quote(code) + "\"[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}")
				.matcher(json);
		assertTrue(matcher.find(), code + " missing");
		return matcher.group();
	}

	/** Copies an interchange folder, multiplying its amounts (accounts, hidden costs, investments). */
	private static void copy(Path from, Path to, int factor) throws IOException {
		Files.createDirectories(to);
		List<String> amounts = List.of("amount", "estimated_cost", "book_value", "market_value");
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				List<String> header = List.of(lines.get(0).split(",", -1));
				List<String> copied = new ArrayList<>(List.of(lines.get(0)));
				for (String line : lines.subList(1, lines.size())) {
					String[] cells = line.split(",", -1);
					for (int i = 0; i < cells.length && i < header.size(); i++) {
						if (amounts.contains(header.get(i)) && !cells[i].isBlank()) {
							cells[i] = new BigDecimal(cells[i]).multiply(BigDecimal.valueOf(factor)).toPlainString();
						}
					}
					copied.add(String.join(",", cells));
				}
				Files.write(to.resolve(file.getFileName()), copied, StandardCharsets.UTF_8);
			}
		}
	}
}
