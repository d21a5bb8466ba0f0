/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.hmis.eval.interchange.format.Column;
import org.hmis.eval.interchange.format.FormatReference;
import org.hmis.eval.interchange.format.FormatTexts;
import org.hmis.eval.interchange.format.InterchangeFile;
import org.hmis.eval.interchange.format.InterchangeFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The declarations of the interchange files are complete and the format reference of docs/ is the
 * one they generate.
 */
class FormatReferenceTest {

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void everyFileAndColumnIsDescribed(String language) {
		FormatTexts texts = new FormatTexts(Locale.forLanguageTag(language));
		List<String> undescribed = new ArrayList<>();
		for (InterchangeFile file : InterchangeFormat.files()) {
			if (texts.describe(file).isEmpty()) {
				undescribed.add(file.name());
			}
			for (Column column : file.columns()) {
				if (texts.describe(column).isEmpty()) {
					undescribed.add(column.toString());
				}
			}
		}
		assertEquals(List.of(), undescribed);
	}

	/** Each column fills a feature of its file's row class, once; only the year columns place rows. */
	@Test
	void everyColumnFillsAFeatureOfItsRowsOnce() {
		for (InterchangeFile file : InterchangeFormat.files()) {
			Set<String> names = new HashSet<>();
			Set<EStructuralFeature> filled = new HashSet<>();
			for (Column column : file.columns()) {
				assertTrue(names.add(column.name()), column + " is declared twice");
				if (file.layout() != InterchangeFile.Layout.ROWS) {
					continue;
				}
				if (InterchangeFormat.isYear(column)) {
					continue;
				}
				EStructuralFeature feature = column.feature().orElseThrow(() -> new AssertionError(column + " fills nothing"));
				assertEquals(file.rowClass(), feature.getEContainingClass(), column.toString());
				assertTrue(filled.add(feature), column + " fills a feature another column fills");
			}
			assertFalse(file.columns().isEmpty(), file.name());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void theCommittedReferenceIsTheGeneratedOne(String language) throws IOException {
		String generated = FormatReference.markdown(Locale.forLanguageTag(language));
		Path page = Path.of(System.getProperty("hmis.docs"), "en".equals(language) ? "interchange.md" : "interchange.fr.md");
		if (Boolean.getBoolean("hmis.updateDocs")) {
			Files.writeString(page, generated, StandardCharsets.UTF_8);
		}
		String committed = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
		if (!generated.equals(committed)) {
			Path fresh = Path.of(System.getProperty("hmis.testOutput"), page.getFileName().toString());
			Files.writeString(fresh, generated, StandardCharsets.UTF_8);
		}
		assertTrue(generated.equals(committed), () -> page.getFileName() + " is stale at line " + firstDifference(generated, committed)
				+ ": run ./mvnw verify -Dhmis.updateDocs=true (the generated page is in " + System.getProperty("hmis.testOutput") + ")");
	}

	private static int firstDifference(String generated, String committed) {
		List<String> a = generated.lines().toList();
		List<String> b = committed.lines().toList();
		int line = 0;
		while (line < a.size() && line < b.size() && a.get(line).equals(b.get(line))) {
			line++;
		}
		return line + 1;
	}
}
