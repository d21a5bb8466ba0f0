/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What a family declares about one indicator before computing anything: its code, unit, formula
 * and inputs, plus its title and reading in the user's language. Families declare these as data
 * (see {@link IndicatorCatalog}) so that tools can list indicators without computing them.
 */
public final class IndicatorDefinition {

	private final String code;
	private final String family;
	private final Unit unit;
	private final String formula;
	private final List<String> inputs;
	private final List<String> needs;
	private final String messagesBaseName;
	private final ClassLoader messagesLoader;

	IndicatorDefinition(String code, String family, Unit unit, String formula, List<String> inputs,
			List<String> needs, String messagesBaseName, ClassLoader messagesLoader) {
		this.code = code;
		this.family = family;
		this.unit = unit;
		this.formula = formula;
		this.inputs = List.copyOf(inputs);
		this.needs = List.copyOf(needs);
		this.messagesBaseName = messagesBaseName;
		this.messagesLoader = messagesLoader;
	}

	public String code() {
		return code;
	}

	/** @return the family letter or identifier, e.g. "F" */
	public String family() {
		return family;
	}

	public Unit unit() {
		return unit;
	}

	/** @return the formula as the guide writes it, with its line letters ("G / C x 100") */
	public String formula() {
		return formula;
	}

	/** @return the symbols of the formula's inputs, in the order they are reported */
	public List<String> inputs() {
		return inputs;
	}

	/**
	 * @return what the indicator needs that the product cannot hold yet, as declared by the family
	 *         ({@code <code>.needs}); empty for an indicator the family computes
	 */
	public List<String> needs() {
		return needs;
	}

	/** @return the indicator's title in the given language (English when not translated) */
	public String title(Locale locale) {
		return message(code + ".title", locale).orElse(code);
	}

	/** @return how to read the value, when the guide gives a reading */
	public Optional<String> reading(Locale locale) {
		return message(code + ".reading", locale);
	}

	private Optional<String> message(String key, Locale locale) {
		try {
			ResourceBundle bundle = ResourceBundle.getBundle(messagesBaseName, locale, messagesLoader,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
		} catch (MissingResourceException e) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return code + " [" + unit.symbol() + "] = " + formula;
	}
}
