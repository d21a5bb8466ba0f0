/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.IndicatorFamily;
import org.hmis.eval.indicators.IndicatorInput;
import org.hmis.eval.indicators.IndicatorRegistry;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.IndicatorServices;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reasons and sources go into the evaluation dossier, where a source is named by the guide's tables
 * and lines or in plain words, never by an interchange file. Every indicator of every installed
 * family is computed for every year of the Sucura and VIMO examples, in English and in French, so
 * a family added later is held to the same rule. The texts seen are written to the test output
 * for review.
 */
class SourcesNameNoInterchangeFileTest {

	/** The families the product ships; the registry may list more, which are checked too. */
	private static final List<String> SHIPPED = List.of("T", "G", "M", "F", "V", "H", "E", "C", "I", "MIN");

	private static final Duration WAIT = Duration.ofSeconds(30);

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "sucura", "vimo" })
	void noReasonOrSourceNamesAnInterchangeFile(String example) throws Exception {
		Evaluation evaluation = example.equals("sucura") ? VimoExample.sucura() : VimoExample.evaluation();
		IndicatorRegistry registry = registryWithTheShippedFamilies();
		List<String> offending = new ArrayList<>();
		Set<String> seen = new TreeSet<>();
		int reasons = 0;
		int sources = 0;
		for (AccountingYear year : evaluation.getYears()) {
			for (IndicatorResult result : registry.computeAll(new ComputationContext(evaluation, year.getYear()))) {
				for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
					List<String> texts = new ArrayList<>();
					if (result.reason().isPresent()) {
						texts.add(result.reason().get().message(locale));
						reasons++;
					}
					for (IndicatorInput input : result.inputs()) {
						texts.add(input.source(locale));
						sources++;
					}
					for (String text : texts) {
						seen.add(locale.getLanguage() + " | " + text);
						if (text.toLowerCase(Locale.ROOT).contains(".csv")) {
							offending.add(year.getYear() + " " + result.code() + " " + locale.getLanguage() + ": " + text);
						}
					}
				}
			}
		}
		write(example, seen);
		assertTrue(reasons > 0 && sources > 0,
				"the example has reasons and sources to check: " + reasons + " reasons, " + sources + " sources");
		assertEquals(List.of(), offending, "texts naming an interchange file");
	}

	private static IndicatorRegistry registryWithTheShippedFamilies() throws InterruptedException {
		IndicatorRegistry registry = IndicatorServices.registry();
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!ids(registry).containsAll(SHIPPED)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the shipped families are not all installed: " + ids(registry));
			}
			Thread.sleep(20);
		}
		return registry;
	}

	private static List<String> ids(IndicatorRegistry registry) {
		return registry.families().stream().map(IndicatorFamily::id).toList();
	}

	private static void write(String example, Set<String> texts) throws IOException {
		String output = System.getProperty("hmis.testOutput");
		if (output != null) {
			Path file = Path.of(output, "reasons-and-sources-" + example + ".txt");
			Files.createDirectories(file.getParent());
			Files.write(file, texts);
		}
	}
}
