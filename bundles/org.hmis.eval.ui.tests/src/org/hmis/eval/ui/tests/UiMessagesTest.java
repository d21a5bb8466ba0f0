/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hmis.eval.ui.Messages;
import org.junit.jupiter.api.Test;

/**
 * The workbench's texts: every field of {@link Messages} has an English text and a French one, and
 * the French file has no key the English one lacks, so that a new column header or label cannot
 * reach a French workbench in English (or as its key) unnoticed.
 */
class UiMessagesTest {

	private static final String BASE = "org/hmis/eval/ui/messages";

	@Test
	void everyTextHasAFrenchTranslation() throws IOException {
		Properties english = load(BASE + ".properties");
		Properties french = load(BASE + "_fr.properties");
		Set<String> fields = Arrays.stream(Messages.class.getDeclaredFields())
				.filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
						&& Modifier.isPublic(field.getModifiers()))
				.map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(fields, new TreeSet<>(english.stringPropertyNames()), "fields of Messages and keys of messages.properties");
		assertEquals(fields, new TreeSet<>(french.stringPropertyNames()), "fields of Messages and keys of messages_fr.properties");
		for (Properties texts : new Properties[] { english, french }) {
			for (String key : texts.stringPropertyNames()) {
				assertFalse(texts.getProperty(key).isBlank(), key + " is blank");
			}
		}
	}

	@Test
	void registerRowCountsAreValidChoicePatterns() throws IOException {
		for (String file : new String[] { BASE + ".properties", BASE + "_fr.properties" }) {
			Properties texts = load(file);
			for (String key : texts.stringPropertyNames()) {
				if (key.startsWith("RegistersPage_") && key.endsWith("Count")) {
					String pattern = texts.getProperty(key);
					MessageFormat.format(pattern, 0, "0");
					String many = MessageFormat.format(pattern, 1_234_567, "1,234,567");
					assertFalse(many.contains("{"), file + " " + key + ": " + many);
					assertFalse(MessageFormat.format(pattern, 1, "1").contains("{"), file + " " + key);
				}
			}
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(name)) {
			assertNotNull(in, name + " not found");
			properties.load(in);
		}
		return properties;
	}
}
