/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Checks a bundle's texts (English base file and {@code _fr}) the way a translator would forget them. */
public final class TranslatedTexts {

	/** A quote that is not doubled starts a quoted part in MessageFormat and swallows what follows. */
	private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

	private TranslatedTexts() {
	}

	/**
	 * Asserts that every text of {@code baseName} has a French translation and no other, and that
	 * every pattern is valid with its quotes doubled.
	 *
	 * @param owner a class of the bundle that holds the files
	 */
	public static void assertTranslated(Class<?> owner, String baseName) {
		Properties english = load(owner, baseName, "");
		Properties french = load(owner, baseName, "_fr");
		assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()),
				baseName + ": the French file must have exactly the English keys");
		for (Properties texts : new Properties[] { english, french }) {
			for (String key : texts.stringPropertyNames()) {
				String pattern = texts.getProperty(key);
				assertFalse(LONE_QUOTE.matcher(pattern).find(), baseName + " " + key + ": write a quote as '' in " + pattern);
				new MessageFormat(pattern);
			}
		}
	}

	private static Properties load(Class<?> owner, String baseName, String suffix) {
		String name = baseName.replace('.', '/') + suffix + ".properties";
		Properties properties = new Properties();
		try (InputStream in = owner.getClassLoader().getResourceAsStream(name)) {
			assertNotNull(in, name + " not found");
			properties.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}
}
