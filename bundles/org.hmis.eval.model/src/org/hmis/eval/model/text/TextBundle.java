/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The texts a bundle owns: one family of properties files of {@link MessageFormat} patterns, the
 * base file in English and {@code _fr} in French. Each bundle keeps its own (a family of indicators
 * added as a plug-in brings its texts with it) and names them by key.
 * <p>
 * Files are read per call with an explicit locale and without falling back to the machine's
 * default locale: the base file must be what {@link LocalizedText#CONTRACT} gets even on a French
 * machine. In patterns a quote is written {@code ''}, and years and counts {@code {0,number,#}}:
 * a plain {@code {0}} would print 2005 as "2,005".
 */
public final class TextBundle {

	private final String baseName;
	private final ClassLoader loader;

	private TextBundle(String baseName, ClassLoader loader) {
		this.baseName = baseName;
		this.loader = loader;
	}

	/** @param owner a class of the bundle that holds the files, whose class loader finds them */
	public static TextBundle of(Class<?> owner, String baseName) {
		return new TextBundle(Objects.requireNonNull(baseName, "baseName"), owner.getClassLoader());
	}

	/**
	 * @param arguments the pattern's arguments; a {@link LocalizedText} among them is rendered in
	 *        the same language as the pattern
	 * @return the text of {@code key}, checked now so that a misspelt key fails where it is used
	 */
	public LocalizedText text(String key, Object... arguments) {
		if (!bundle(LocalizedText.CONTRACT).containsKey(key)) {
			throw new IllegalArgumentException(baseName + " has no text " + key);
		}
		Object[] kept = arguments.clone();
		return LocalizedText.of(locale -> format(key, locale, kept));
	}

	private String format(String key, Locale locale, Object[] arguments) {
		Object[] rendered = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			rendered[i] = arguments[i] instanceof LocalizedText text ? text.text(locale) : arguments[i];
		}
		return new MessageFormat(bundle(locale).getString(key), locale).format(rendered);
	}

	private ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(baseName, locale, loader,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}
}
