/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Reference lists of the qualitative tables, in English and French: Table 15's tools
 * ({@code tool}), the functions of the role tables 19a/19b ({@code function}, codes prefixed by
 * their kind: decision, executive, supervisory), Table 20's contract items ({@code contract}),
 * Table 21's stages ({@code stage}), Table 22's obligations ({@code obligation}), the guide's seven
 * service categories ({@code category}) and the usual kinds of care providers ({@code provider}).
 */
public final class ReferenceLists {

	public static final String TOOLS = "tool";
	public static final String FUNCTIONS = "function";
	public static final String CONTRACT_ITEMS = "contract";
	public static final String STAGES = "stage";
	public static final String OBLIGATIONS = "obligation";
	public static final String SERVICE_CATEGORIES = "category";
	public static final String PROVIDER_KINDS = "provider";

	private static final String BASE_NAME = "org.hmis.eval.model.reference.qualitative";
	private static final Map<String, List<String>> LISTS = load();

	private ReferenceLists() {
	}

	/** @return the codes of a list, in order */
	public static List<String> codes(String list) {
		return LISTS.getOrDefault(list, List.of());
	}

	public static boolean contains(String list, String code) {
		return codes(list).contains(code);
	}

	/** @return the label of a code, or empty for a code of the evaluator's own */
	public static Optional<String> label(String list, String code, Locale locale) {
		try {
			return Optional.of(ResourceBundle.getBundle(BASE_NAME, locale, ReferenceLists.class.getClassLoader())
					.getString(list + "." + code));
		} catch (MissingResourceException e) {
			return Optional.empty();
		}
	}

	private static Map<String, List<String>> load() {
		Map<String, List<String>> lists = new LinkedHashMap<>();
		try (InputStream in = ReferenceLists.class.getResourceAsStream("qualitative.properties");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int equals = line.indexOf('=');
				if (line.startsWith("#") || equals < 0) {
					continue;
				}
				String key = line.substring(0, equals).trim();
				int dot = key.indexOf('.');
				lists.computeIfAbsent(key.substring(0, dot), list -> new ArrayList<>()).add(key.substring(dot + 1));
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the reference lists", e);
		}
		lists.replaceAll((list, codes) -> List.copyOf(codes));
		return Map.copyOf(lists);
	}
}
