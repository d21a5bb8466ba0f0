/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * Reads a family's declaration of its indicators from a properties file shipped in the family's
 * bundle, next to its messages. The declaration file {@code <base>.properties} lists
 * {@code family}, {@code codes} and, for each code, {@code <code>.unit}, {@code <code>.formula}
 * and {@code <code>.inputs}, and for an indicator whose data the product cannot hold yet
 * {@code <code>.needs} (what is missing, separated by semicolons); titles and readings live in
 * {@code <base>_messages[_fr].properties} under {@code <code>.title} and {@code <code>.reading}.
 */
public final class IndicatorCatalog {

	private final String family;
	private final List<IndicatorDefinition> definitions;

	private IndicatorCatalog(String family, List<IndicatorDefinition> definitions) {
		this.family = family;
		this.definitions = Collections.unmodifiableList(definitions);
	}

	/**
	 * Loads the catalog named {@code baseName} (a resource path without extension, such as
	 * {@code org/hmis/eval/indicators/financial/indicators}) through the class loader of
	 * {@code anchor}, a class of the declaring bundle.
	 */
	public static IndicatorCatalog load(Class<?> anchor, String baseName) {
		ClassLoader loader = anchor.getClassLoader();
		Properties declaration = read(loader, baseName + ".properties");
		String family = required(declaration, "family", baseName);
		List<IndicatorDefinition> definitions = new ArrayList<>();
		for (String code : split(required(declaration, "codes", baseName))) {
			Unit unit = Unit.ofSymbol(required(declaration, code + ".unit", baseName));
			String formula = required(declaration, code + ".formula", baseName);
			List<String> inputs = split(declaration.getProperty(code + ".inputs", ""));
			List<String> needs = declaration.getProperty(code + ".needs", "").isBlank() ? List.of()
					: Arrays.stream(declaration.getProperty(code + ".needs").split(";")).map(String::trim).toList();
			definitions.add(new IndicatorDefinition(code, family, unit, formula, inputs, needs,
					baseName.replace('/', '.') + "_messages", loader));
		}
		return new IndicatorCatalog(family, definitions);
	}

	public String family() {
		return family;
	}

	public List<IndicatorDefinition> definitions() {
		return definitions;
	}

	/** @return the definition of {@code code}; fails loudly on a code the catalog lacks */
	public IndicatorDefinition get(String code) {
		return definitions.stream().filter(d -> d.code().equals(code)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no indicator " + code + " in family " + family));
	}

	private static Properties read(ClassLoader loader, String path) {
		try (InputStream in = loader.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("indicator catalog not found: " + path);
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String required(Properties properties, String key, String baseName) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(baseName + ".properties: missing " + key);
		}
		return value.trim();
	}

	private static List<String> split(String list) {
		return list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::trim).toList();
	}
}
