/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.model.text.TextBundle;
import org.junit.jupiter.api.Test;

/** Texts rendered per language from a bundle's own properties files (sample_texts*.properties). */
class LocalizedTextTest {

	private static final TextBundle TEXTS = TextBundle.of(LocalizedTextTest.class,
			"org.hmis.eval.model.tests.sample_texts");

	@Test
	void rendersTheKeyInEachLanguageWithItsArguments() {
		LocalizedText text = TEXTS.text("survey", "latent_period", 2006);
		assertEquals("survey latent_period of 2006", text.text());
		assertEquals("survey latent_period of 2006", text.text(Locale.ENGLISH));
		assertEquals("enqu\u00eate latent_period de l'exercice 2006", text.text(Locale.FRENCH));
	}

	@Test
	void nestedTextsFollowTheLanguageOfTheirPattern() {
		LocalizedText text = TEXTS.text("nested", TEXTS.text("survey", "cost", 2005));
		assertEquals("missing: survey cost of 2005", text.text());
		assertEquals("absent : enqu\u00eate cost de l'exercice 2005", text.text(Locale.FRENCH));
	}

	@Test
	void keyWithoutTranslationStaysEnglish() {
		assertEquals("only in English", TEXTS.text("untranslated").text(Locale.FRENCH));
	}

	@Test
	void contractWordingIsEnglishEvenOnAFrenchMachine() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.FRANCE);
			assertEquals("survey x of 1999", TEXTS.text("survey", "x", 1999).text());
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void textsAreEqualWhenTheirContractWordingIs() {
		assertEquals(LocalizedText.literal("survey x of 1999"), TEXTS.text("survey", "x", 1999));
		assertNotEquals(TEXTS.text("survey", "x", 1999), TEXTS.text("survey", "x", 2000));
		assertEquals("as is", LocalizedText.literal("as is").text(Locale.FRENCH));
	}

	@Test
	void misspeltKeyFailsWhereTheTextIsMade() {
		assertThrows(IllegalArgumentException.class, () -> TEXTS.text("no.such.key"));
	}
}
