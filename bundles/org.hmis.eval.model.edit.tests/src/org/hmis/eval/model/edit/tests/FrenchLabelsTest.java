/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.hmis.eval.model.provider.HmisEditPlugin;
import org.junit.jupiter.api.Test;

/**
 * The edit bundle's French labels: every label the generator writes in English has a French one,
 * so a regenerated model with a new class or feature cannot slip into the French workbench in
 * English unnoticed.
 */
class FrenchLabelsTest {

	@Test
	void everyGeneratedLabelHasAFrenchOne() throws Exception {
		Properties english = load("plugin.properties");
		Properties french = load("plugin_fr.properties");
		Set<String> missing = new TreeSet<>(english.stringPropertyNames());
		missing.removeAll(french.stringPropertyNames());
		assertEquals(Set.of(), missing, "keys of plugin.properties without a French label");
		for (String key : french.stringPropertyNames()) {
			assertFalse(french.getProperty(key).isBlank(), key + " is blank in French");
		}
	}

	@Test
	void theSchemesListsAreLabelledInFrench() throws Exception {
		Properties french = load("plugin_fr.properties");
		assertEquals("Prestataire", french.getProperty("_UI_Provider_type"));
		assertEquals("Prestataires", french.getProperty("_UI_Scheme_providers_feature"));
	}

	private static Properties load(String name) throws IOException, URISyntaxException {
		URL entry = HmisEditPlugin.INSTANCE.getBaseURL().toURI().resolve(name).toURL();
		Properties properties = new Properties();
		try (InputStream in = entry.openStream()) {
			properties.load(in);
		}
		return properties;
	}
}
