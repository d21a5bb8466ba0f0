/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.text;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A text for people that is rendered only when shown, in the language asked for. Computations keep
 * texts unrendered because one result feeds both the headless command, whose English output is a
 * fixed contract, and a workbench or dossier in French.
 * <p>
 * Rendered in {@link #CONTRACT} a text gives the English of the results contract; two texts are
 * equal when that English is, so that a source named twice in different ways is still named once.
 */
public final class LocalizedText {

	/** The locale of the results contract: it selects the base properties files, which are English. */
	public static final Locale CONTRACT = Locale.ROOT;

	private final Function<Locale, String> renderer;

	private LocalizedText(Function<Locale, String> renderer) {
		this.renderer = renderer;
	}

	/**
	 * @return a text that reads the same in every language: data such as a provider's name, or a
	 *         phrase a family built as a plain string
	 */
	public static LocalizedText literal(String text) {
		Objects.requireNonNull(text, "text");
		return new LocalizedText(locale -> text);
	}

	/** @return a text another catalog already translates, e.g. a checklist's title */
	public static LocalizedText of(Function<Locale, String> renderer) {
		return new LocalizedText(Objects.requireNonNull(renderer, "renderer"));
	}

	/** @return the text in the given language, English where it has no translation */
	public String text(Locale locale) {
		return renderer.apply(locale);
	}

	/** @return the text in the wording of the results contract */
	public String text() {
		return text(CONTRACT);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LocalizedText that && text().equals(that.text());
	}

	@Override
	public int hashCode() {
		return text().hashCode();
	}

	@Override
	public String toString() {
		return text();
	}
}
