/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A family whose indicators are declared in an {@link IndicatorCatalog} and computed by one
 * {@link IndicatorCalculator} per code. Subclasses supply the calculators only; a code declared
 * with {@code .needs} and no calculator is reported as not computable, naming what it needs.
 */
public abstract class CatalogIndicatorFamily implements IndicatorFamily {

	private final IndicatorCatalog catalog;
	private final String messagesBaseName;

	/** @param catalogBaseName resource path of the catalog inside the subclass's bundle */
	protected CatalogIndicatorFamily(String catalogBaseName) {
		this.catalog = IndicatorCatalog.load(getClass(), catalogBaseName);
		this.messagesBaseName = catalogBaseName.replace('/', '.') + "_messages";
	}

	/** @return the calculator of every code the catalog declares */
	protected abstract Map<String, IndicatorCalculator> calculators();

	protected IndicatorCatalog catalog() {
		return catalog;
	}

	@Override
	public String id() {
		return catalog.family();
	}

	@Override
	public String title(Locale locale) {
		try {
			return ResourceBundle.getBundle(messagesBaseName, locale, getClass().getClassLoader()).getString("family.title");
		} catch (MissingResourceException e) {
			return id();
		}
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return catalog.definitions();
	}

	@Override
	public List<IndicatorResult> compute(ComputationContext context) {
		Map<String, IndicatorCalculator> calculators = calculators();
		List<IndicatorResult> results = new ArrayList<>();
		for (IndicatorDefinition definition : catalog.definitions()) {
			IndicatorCalculator calculator = calculators.get(definition.code());
			if (calculator == null && !definition.needs().isEmpty()) {
				calculator = Calculators.missingInput(definition.needs().toArray(String[]::new));
			}
			if (calculator == null) {
				throw new IllegalStateException(getClass().getName() + " declares " + definition.code()
						+ " but has no calculator for it");
			}
			results.add(calculator.calculate(definition, context));
		}
		return results;
	}
}
