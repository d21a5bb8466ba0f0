/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance.waemu.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.hmis.eval.compliance.ComplianceRule;
import org.hmis.eval.compliance.RulePack;
import org.hmis.eval.compliance.ThresholdDefinition;
import org.hmis.eval.compliance.Thresholds;
import org.hmis.eval.compliance.waemu.internal.WaemuRules;
import org.hmis.eval.testing.TranslatedTexts;
import org.junit.jupiter.api.Test;

/** The WAEMU catalogue: texts in both languages, legal references, thresholds shipped empty. */
class WaemuCatalogueTest {

	private final RulePack pack = WaemuRulesTest.waemu();

	@Test
	void everyRuleHasItsTitleAndLegalReferenceInEnglishAndFrench() {
		TranslatedTexts.assertTranslated(WaemuRules.class, "org.hmis.eval.compliance.waemu.rules_messages");
		for (ComplianceRule rule : pack.rules()) {
			assertNotEquals(rule.title(Locale.ENGLISH), rule.title(Locale.FRENCH), rule.id());
			String english = rule.reference().cite(Locale.ENGLISH);
			assertTrue(english.startsWith("Regulation No. 07/2009/CM/UEMOA")
					|| english.startsWith("Implementing Regulation No. 03/2011/COM/UEMOA"), rule.id() + ": " + english);
			assertTrue(rule.reference().cite(Locale.FRENCH).startsWith("R\u00e8glement"), rule.id());
		}
		assertNotEquals(pack.title(Locale.ENGLISH), pack.title(Locale.FRENCH));
	}

	@Test
	void onlyConfirmedArticlesAreCited() {
		Set<String> cited = pack.rules().stream().filter(r -> r.reference().article().isPresent())
				.map(r -> r.id() + " " + r.reference().article().get()).collect(Collectors.toSet());
		// Art. 18 (constitutive general assembly) of the regulation, Art. 11 and 12 (accessory
		// activities managed apart) of the implementing regulation: the articles read in a source.
		assertEquals(Set.of("WAEMU.REC.1 Art. 18", "WAEMU.ACC.1 Art. 11 and 12"), cited);
		ComplianceRule unconfirmed = pack.rules().stream().filter(r -> r.id().equals("WAEMU.PRU.1")).findFirst().orElseThrow();
		assertTrue(unconfirmed.reference().cite(Locale.ENGLISH).endsWith("(article not confirmed from the official text)"));
	}

	@Test
	void theShippedThresholdsAreAllEmptyAndTheWorkshopFileSetsEachOne() throws IOException {
		List<String> declared = pack.thresholds().stream().map(ThresholdDefinition::name).toList();
		Thresholds shipped = pack.defaultThresholds();
		assertEquals(Set.copyOf(declared), shipped.entries().stream().map(Thresholds.Entry::name).collect(Collectors.toSet()));
		assertTrue(shipped.entries().stream().allMatch(e -> e.value().isEmpty()), "no value is invented");

		String workshop = resource("org/hmis/eval/compliance/waemu/rules-thresholds.workshop-example.csv");
		assertTrue(workshop.contains("WORKSHOP VALUES - NOT REGULATORY VALUES"));
		Thresholds example = Thresholds.parse(workshop, "rules-thresholds.workshop-example.csv");
		for (String name : declared) {
			assertTrue(example.find("waemu", name, java.util.Optional.of("SN"), 2020).flatMap(Thresholds.Entry::value)
					.isPresent(), name);
		}
		assertFalse(example.entries().stream().anyMatch(e -> !e.pack().equals("waemu")));
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = WaemuRules.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
